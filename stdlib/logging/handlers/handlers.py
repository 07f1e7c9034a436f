# logging.handlers for weft: the handlers of CPython 3.11's module that need neither sockets nor threads —
# files rotated by size (RotatingFileHandler) or by time (TimedRotatingFileHandler), a file reopened when it is
# moved away (WatchedFileHandler), records kept in memory (BufferingHandler, MemoryHandler) or put on a queue
# (QueueHandler; QueueListener.handle, and start() where a threading module exists). Semantics, attributes and
# messages are CPython's.
import logging
import os
import time

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_DAY = 86400  # seconds


def _dst_correction(dst_before, dst_after):
    # seconds to add to a time computed across a daylight saving change: an hour less when DST starts on the way,
    # an hour more when it ends
    if dst_before == dst_after:
        return 0
    return 3600 if dst_before else -3600


def _is_non_file(path):
    # an existing path that is not a regular file (a device, a pipe...): never rotated
    return os.path.exists(path) and not os.path.isfile(path)


# ---- files that rotate

class BaseRotatingHandler(logging.FileHandler):
    """A FileHandler that may move its file aside before writing a record: shouldRollover(record) decides,
    doRollover() does it. The names of the old files go through namer, the moving through rotator, when those
    attributes are callables."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay, errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        """Rotates first when the record calls for it, then writes the record."""
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        """The name an old file gets: namer(default_name), or default_name when namer is not callable."""
        namer = self.namer
        return namer(default_name) if callable(namer) else default_name

    def rotate(self, source, dest):
        """Moves the file source to dest: rotator(source, dest), or a rename when rotator is not callable."""
        if callable(self.rotator):
            self.rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)

    def _drop_stream(self):
        if self.stream:
            self.stream.close()
            self.stream = None


class RotatingFileHandler(BaseRotatingHandler):
    """Rotates before a record would make the file maxBytes long or longer: the file becomes NAME.1, NAME.1 becomes
    NAME.2 and so on, up to backupCount old files. With maxBytes 0 (the default) the file just grows."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None, delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'  # a file that rotates is appended to, whatever was asked
        if "b" not in mode:
            encoding = logging._encoding_for_text(encoding)
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def _numbered(self, n):
        return self.rotation_filename(f"{self.baseFilename}.{n}")

    def doRollover(self):
        self._drop_stream()
        if self.backupCount > 0:
            # shift NAME.k to NAME.k+1 from the oldest kept down, then the file itself to NAME.1
            for older in range(self.backupCount - 1, 0, -1):
                source, target = self._numbered(older), self._numbered(older + 1)
                if os.path.exists(source):
                    if os.path.exists(target):
                        os.remove(target)
                    os.rename(source, target)
            first = self.rotation_filename(self.baseFilename + ".1")
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        """Whether writing the record would bring the file to maxBytes (opens the file if it is not open)."""
        if _is_non_file(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        pending = "%s\n" % self.format(record)
        self.stream.seek(0, os.SEEK_END)  # where the record would go
        return self.stream.tell() + len(pending) >= self.maxBytes


# when -> (seconds per unit, strftime suffix of the old files)
_UNITS = {
    "S": (1, "%Y-%m-%d_%H-%M-%S"),
    "M": (60, "%Y-%m-%d_%H-%M"),
    "H": (60 * 60, "%Y-%m-%d_%H"),
    "D": (_DAY, "%Y-%m-%d"),
    "MIDNIGHT": (_DAY, "%Y-%m-%d"),
}


def _suffix_regex(suffix):
    # the pattern recognising a suffix made by the strftime format suffix, with an optional extension after it
    body = suffix.replace("%Y", r"\d{4}")
    for code in ("%m", "%d", "%H", "%M", "%S"):
        body = body.replace(code, r"\d{2}")
    return "^" + body + r"(\.\w+)?$"


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rotates every interval units of when: 'S', 'M', 'H', 'D' (seconds to days), 'MIDNIGHT', or 'W0'-'W6' (that
    weekday, 0 being Monday), at atTime for the last two if given. The old file is named after the start of its
    interval (NAME.<suffix>); with backupCount, only that many are kept."""

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None, delay=False, utc=False,
                 atTime=None, errors=None):
        encoding = logging._encoding_for_text(encoding)
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding, delay=delay, errors=errors)
        self.when = unit = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        if unit in _UNITS:
            self.interval, self.suffix = _UNITS[unit]
        elif unit.startswith("W"):
            self.interval = 7 * _DAY
            if len(unit) != 2:
                raise ValueError("You must specify a day for weekly rollover from 0 to 6 (0 is Monday): "
                                 + unit)
            if not "0" <= unit[1] <= "6":
                raise ValueError("Invalid day specified for weekly rollover: " + unit)
            self.dayOfWeek = int(unit[1])
            self.suffix = "%Y-%m-%d"
        else:
            raise ValueError("Invalid rollover interval specified: " + unit)
        import re
        self.extMatch = re.compile(_suffix_regex(self.suffix), re.ASCII)
        self.interval *= interval
        if os.path.exists(self.baseFilename):
            start = int(os.stat(self.baseFilename).st_mtime)
        else:
            start = int(time.time())
        self.rolloverAt = self.computeRollover(start)

    def _daily(self):
        # whether rollovers happen at a time of day (midnight or atTime) rather than every interval
        return self.when == "MIDNIGHT" or self.when.startswith("W")

    def computeRollover(self, currentTime):
        """The time of the first rollover after currentTime."""
        if not self._daily():
            return currentTime + self.interval
        now = time.gmtime(currentTime) if self.utc else time.localtime(currentTime)
        at = self.atTime
        target = _DAY if at is None else (at.hour * 60 + at.minute) * 60 + at.second
        wait = target - ((now[3] * 60 + now[4]) * 60 + now[5])
        weekday = now[6]
        if wait < 0:  # today's time has passed: tomorrow's
            wait += _DAY
            weekday = (weekday + 1) % 7
        result = currentTime + wait
        if self.when.startswith("W") and weekday != self.dayOfWeek:
            later = result + (self.dayOfWeek - weekday) % 7 * _DAY
            if not self.utc:
                later += _dst_correction(now[-1], time.localtime(later)[-1])
            result = later
        return result

    def shouldRollover(self, record):
        """Whether the rollover time has come (the record does not matter)."""
        now = int(time.time())
        if now < self.rolloverAt:
            return False
        if _is_non_file(self.baseFilename):
            self.rolloverAt = self.computeRollover(now)
            return False
        return True

    def getFilesToDelete(self):
        """The old files beyond the backupCount newest (by name, which sorts by time)."""
        folder, base = os.path.split(self.baseFilename)
        stem, ext = os.path.splitext(base)
        prefix = stem + "."
        cut = len(prefix)
        found = []
        for entry in os.listdir(folder):
            if self.namer is None:
                if not entry.startswith(base):
                    continue
            elif (not entry.startswith(base) and entry.endswith(ext) and len(entry) > cut + 1
                  and not entry[cut + 1].isdigit()):
                continue
            if entry[:cut] != prefix:
                continue
            if any(self.extMatch.match(part) for part in entry[cut:].split(".")):
                found.append(os.path.join(folder, entry))
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        self._drop_stream()
        now = int(time.time())
        dst_now = time.localtime(now)[-1]
        began = self.rolloverAt - self.interval
        if self.utc:
            stamp = time.gmtime(began)
        else:
            stamp = time.localtime(began)
            if stamp[-1] != dst_now:
                stamp = time.localtime(began + (3600 if dst_now else -3600))
        target = self.rotation_filename(self.baseFilename + "." + time.strftime(self.suffix, stamp))
        if os.path.exists(target):
            os.remove(target)
        self.rotate(self.baseFilename, target)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        if not self.delay:
            self.stream = self._open()
        upcoming = self.computeRollover(now)
        while upcoming <= now:
            upcoming += self.interval
        if self._daily() and not self.utc:
            upcoming += _dst_correction(dst_now, time.localtime(upcoming)[-1])
        self.rolloverAt = upcoming


class WatchedFileHandler(logging.FileHandler):
    """A FileHandler that reopens its file when the path no longer leads to the file it has open (moved or
    removed by a log rotation program), checked before each record."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        if "b" not in mode:
            encoding = logging._encoding_for_text(encoding)
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay, errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            info = os.fstat(self.stream.fileno())
            self.dev, self.ino = info.st_dev, info.st_ino

    def reopenIfNeeded(self):
        """Closes and reopens the file when the path is gone or is another file now."""
        try:
            info = os.stat(self.baseFilename)
        except FileNotFoundError:
            info = None
        if info and info.st_dev == self.dev and info.st_ino == self.ino:
            return
        if self.stream is not None:
            self.stream.flush()
            self.stream.close()
            self.stream = None  # stays None if the reopening fails
            self.stream = self._open()
            self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


# ---- records kept in memory

class BufferingHandler(logging.Handler):
    """Collects records in self.buffer; after each, flush() runs if shouldFlush(record) says so (the buffer has
    capacity records). flush() here just empties the buffer."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.acquire()
        try:
            self.buffer.clear()
        finally:
            self.release()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Collects records and passes them all to target (a handler) when the buffer is full, when a record at
    flushLevel or above comes, and at close() unless flushOnClose is false. Without a target they stay."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        self.acquire()
        try:
            self.target = target
        finally:
            self.release()

    def flush(self):
        """Hands the buffered records to the target and empties the buffer (nothing without a target)."""
        self.acquire()
        try:
            target = self.target
            if target:
                for record in self.buffer:
                    target.handle(record)
                self.buffer.clear()
        finally:
            self.release()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.acquire()
            try:
                self.target = None
                BufferingHandler.close(self)
            finally:
                self.release()


# ---- queues

class QueueHandler(logging.Handler):
    """Puts records on a queue (anything with put_nowait), each a prepared copy: its message formatted, with no
    arguments, exception or stack left to pickle."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        """A copy of the record whose msg and message are the handler's formatting of it, and whose args,
        exc_info, exc_text and stack_info are None."""
        import copy
        text = self.format(record)
        ready = copy.copy(record)
        ready.message = text
        ready.msg = text
        ready.args = ready.exc_info = ready.exc_text = ready.stack_info = None
        return ready

    def emit(self, record):
        try:
            ready = self.prepare(record)
            self.enqueue(ready)
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """Takes records off a queue and gives each to its handlers (only to those whose level the record reaches,
    with respect_handler_level). start() does that on a thread, until stop()."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        import threading
        self._thread = worker = threading.Thread(target=self._monitor)
        worker.daemon = True
        worker.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        import queue
        source = self.queue
        mark_done = getattr(source, "task_done", None)
        try:
            while True:
                record = self.dequeue(True)
                last = record is self._sentinel
                if not last:
                    self.handle(record)
                if mark_done is not None:
                    mark_done()
                if last:
                    return
        except queue.Empty:
            pass

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        self.enqueue_sentinel()
        self._thread.join()
        self._thread = None
