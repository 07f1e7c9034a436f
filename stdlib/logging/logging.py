# logging: weft's logging package, with the API, messages and output of CPython 3.11's (PEP 282).
#
# Contents, in order: the level tables; LogRecord, one logged event; the three format styles and Formatter;
# Filter and Filterer; Handler with its stream, file, null and last-resort kinds; the tree of loggers, which a
# Manager keeps by dotted name (a name that so far is only a prefix of others holds a PlaceHolder); LoggerAdapter;
# basicConfig and the module-level shortcuts to the root logger; shutdown (run at exit); captureWarnings.
#
# Loading this module stays cheap: os, re, io, string, traceback, warnings and weakref are imported by the
# functions that use them, when they run. The module __getattr__ still answers for the modules and names that
# CPython's logging imports at its top (logging.os, logging.weakref, logging.Template...).
# weft has one thread: without a threading module the locks below are objects that do nothing.

import sys
import time
from _weakref import ref as _weakref
from posix import getpid as _getpid  # os.getpid, without loading os (and posixpath, stat, abc) for it

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',
           'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',
           'lastResort', 'raiseExceptions', 'getLevelNamesMapping']

__author__ = "Vinay Sajip <vinay_sajip@red-dove.com>"
__status__ = "production"
__version__ = "0.5.1.2"
__date__ = "07 February 2010"

try:
    import threading as _threading
except ImportError:
    _threading = None

_GenericAlias = type(list[int])

# module attribute -> the module to import for it, the first time someone asks
_ON_DEMAND = {"os": "os", "re": "re", "io": "io", "traceback": "traceback", "warnings": "warnings",
              "weakref": "weakref", "collections": "collections.abc", "threading": "threading"}


def __getattr__(name):
    value = None
    try:
        if name in _ON_DEMAND:
            __import__(_ON_DEMAND[name])
            value = sys.modules[name]
        elif name in ("Template", "StrFormatter"):
            import string
            value = string.Template if name == "Template" else string.Formatter
    except ImportError:
        value = None
    if value is None:
        missing = AttributeError(f"module {__name__!r} has no attribute {name!r}")
        missing.name = name
        missing.obj = sys.modules[__name__]
        raise missing
    globals()[name] = value
    return value


# ---- switches and times

_startTime = time.time()  # relativeCreated is measured from here
raiseExceptions = True  # Handler.handleError reports errors raised while emitting (else they pass silently)
logThreads = True
logMultiprocessing = True
logProcesses = True

# ---- levels

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING', INFO: 'INFO', DEBUG: 'DEBUG',
                NOTSET: 'NOTSET'}
_nameToLevel = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR, 'WARN': WARNING, 'WARNING': WARNING,
                'INFO': INFO, 'DEBUG': DEBUG, 'NOTSET': NOTSET}


def getLevelNamesMapping():
    """A new dict from each level name to its number."""
    return dict(_nameToLevel)


def getLevelName(level):
    """The name registered for a level number; for a registered name, its number; else 'Level <level>'."""
    for table in (_levelToName, _nameToLevel):
        found = table.get(level)
        if found is not None:
            return found
    return "Level %s" % level


def addLevelName(level, levelName):
    """Registers levelName as the name of the number level, in both directions."""
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _level_value(level):
    # the number of a level given as a number or as a registered name
    if isinstance(level, int):
        return level
    if str(level) != level:
        raise TypeError(f"Level not an integer or a valid string: {level!r}")
    if level not in _nameToLevel:
        raise ValueError(f"Unknown level: {level!r}")
    return _nameToLevel[level]


def currentframe():
    """The frame of the function calling this one."""
    return sys._getframe(1)


# The source file of this module. Logger.findCaller passes over frames running code from it; setting
# logging._srcfile to None turns the search off (records then say "(unknown file)").
_srcfile = sys._getframe(0).f_code.co_filename

# ---- locks


class _NoThreadsLock:
    """The lock of a program that runs one thread: taking it always works at once, releasing it does nothing."""

    def acquire(self, blocking=True, timeout=-1):
        return True

    __enter__ = acquire

    def release(self):
        pass

    def __exit__(self, *exc_info):
        return False

    def _at_fork_reinit(self):
        pass


def _new_lock():
    if _threading is None:
        return _NoThreadsLock()
    return _threading.RLock()


_lock = _new_lock()  # guards the level tables, the logger tree and the handler registries


def _acquireLock():
    """Takes the module's lock."""
    _lock.acquire()


def _releaseLock():
    """Gives back the module's lock."""
    _lock.release()


def _thread_identity():
    # (ident, name) of the running thread; with no threads there is one, whose ident is the process id
    if _threading is None:
        return _getpid(), "MainThread"
    return _threading.get_ident(), _threading.current_thread().name


def _process_name():
    # multiprocessing's name for this process when that module is in use
    mp = sys.modules.get("multiprocessing")
    if mp is not None:
        try:
            return mp.current_process().name
        except Exception:
            pass
    return "MainProcess"


# ---- records

_mappingproxy = type(type.__dict__)


def _is_mapping(obj):
    # isinstance(obj, collections.abc.Mapping) without loading collections.abc just for the question: any mapping
    # besides dict and mappingproxy has a class made with that module, so it is loaded when such a thing exists
    abc = sys.modules.get("collections.abc")
    if abc is None:
        return isinstance(obj, (dict, _mappingproxy))
    return isinstance(obj, abc.Mapping)


def _file_and_module(pathname):
    # (filename, module) for a source path: its last component, and that without the extension; a name made of
    # leading dots and no other dot ('.bashrc') has no extension. (pathname, "Unknown module") for what is no path.
    if isinstance(pathname, str):
        filename = pathname[pathname.rfind("/") + 1:]
        stem, dot, _ = filename.rpartition(".")
        if dot and stem.strip("."):
            return filename, stem
        return filename, filename
    try:
        import os  # bytes and path-like objects: os.path's rules
        filename = os.path.basename(pathname)
        return filename, os.path.splitext(filename)[0]
    except (AttributeError, TypeError, ValueError):
        return pathname, "Unknown module"


class LogRecord(object):
    """One logged event: the logger's name, the level, where the call was made, the message and its arguments,
    the exception and stack information, and when, in which thread and process it happened."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None, **kwargs):
        created = time.time()
        self.name = name
        self.msg = msg
        # a single non-empty mapping argument serves "%(key)s" messages
        if args and len(args) == 1:
            only = args[0]
            if _is_mapping(only) and only:
                args = only
        self.args = args
        self.levelname, self.levelno = getLevelName(level), level
        self.pathname = pathname
        self.filename, self.module = _file_and_module(pathname)
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = created
        fraction = created - int(created)
        self.msecs = float(int(fraction * 1000))
        self.relativeCreated = (created - _startTime) * 1000
        if logThreads:
            self.thread, self.threadName = _thread_identity()
        else:
            self.thread = self.threadName = None
        self.processName = _process_name() if logMultiprocessing else None
        self.process = _getpid() if logProcesses else None

    def __repr__(self):
        fields = ", ".join(map(str, (self.name, self.levelno, self.pathname, self.lineno)))
        return "<LogRecord: " + fields + ', "' + str(self.msg) + '">'

    def getMessage(self):
        """The message text: str(msg), with the arguments put in by % when there are any."""
        text = str(self.msg)
        return text % self.args if self.args else text


_record_factory = LogRecord


def setLogRecordFactory(factory):
    """From now on records are made by factory(name, level, pathname, lineno, msg, args, exc_info, func, sinfo)."""
    global _record_factory
    _record_factory = factory


def getLogRecordFactory():
    """What makes records (LogRecord unless setLogRecordFactory changed it)."""
    return _record_factory


def makeLogRecord(dict):
    """A record made by the record factory from nothing, then given the attributes in the dictionary."""
    record = _record_factory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ---- format styles

# the characters that may end a "%(name)..." field for the validation of '%' formats (the conversions, in either
# case, as regular expressions match them when ignoring case)
_PERCENT_ENDINGS = frozenset("diouxefgcrsaDIOUXEFGCRSA%\u0130\u0131\u017f")


def _past_count(text, i):
    # the index after a '*' or a run of decimal digits at i (a width or a precision); i when there is neither
    if i < len(text) and text[i] == "*":
        return i + 1
    while i < len(text) and text[i].isdecimal():
        i += 1
    return i


def _percent_field_at(text, start):
    # whether text[start:] begins with "%(word)" followed by flags, a width, a precision and a conversion
    i = start + 2
    while i < len(text) and (text[i].isalnum() or text[i] == "_"):
        i += 1
    if i == start + 2 or text[i:i + 1] != ")":
        return False
    i += 1
    while i < len(text) and text[i] in "#0+ -":
        i += 1
    i = _past_count(text, i)
    if text[i:i + 1] == ".":
        after = _past_count(text, i + 1)
        if after > i + 1:
            i = after
    return i < len(text) and text[i] in _PERCENT_ENDINGS


def _has_percent_field(text):
    start = text.find("%(")
    while start >= 0:
        if _percent_field_at(text, start):
            return True
        start = text.find("%(", start + 1)
    return False


class PercentStyle(object):
    """Formats with the % operator over the record's attributes: '%(name)s'."""

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt if fmt else self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        """ValueError unless the format has at least one complete '%(name)s'-like field."""
        fmt = self._fmt
        if isinstance(fmt, str):
            ok = _has_percent_field(fmt)
        else:
            import re  # what is not text gets the regular expression module's own TypeError
            ok = re.search("%[(]", fmt)
        if not ok:
            raise ValueError(f"Invalid format '{fmt}' for '{self.default_format[0]}' style")

    def _values(self, record):
        # the record's attributes over the defaults
        defaults = self._defaults
        return defaults | record.__dict__ if defaults else record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError(f"Formatting field not found in record: {missing}")


_brace_patterns = None  # (field name, format spec) checks of '{' formats, compiled when first needed


def _brace_fields(fmt):
    # the field names of a str.format format, each field checked; ValueError for a bad name, conversion or spec
    global _brace_patterns
    if _brace_patterns is None:
        import re
        _brace_patterns = (re.compile(r"\w+(?:\.\w+|\[[^\]]+\])*$"),
                           re.compile(r"(?:.?[<>=^])?[-+ ]?#?0?(?:\d+|\{\w+\})?[,_]?(?:\.(?:\d+|\{\w+\}))?"
                                      r"[bcdefgnosx%]?$", re.I))
    name_ok, spec_ok = _brace_patterns
    from string import Formatter
    names = set()
    for _text, field, spec, conversion in Formatter().parse(fmt):
        if field:
            if not name_ok.match(field):
                raise ValueError(f"invalid field name/expression: {field!r}")
            names.add(field)
        if conversion and conversion not in "rsa":
            raise ValueError(f"invalid conversion: {conversion!r}")
        if spec and not spec_ok.match(spec):
            raise ValueError(f"bad specifier: {spec!r}")
    return names


class StrFormatStyle(PercentStyle):
    """Formats with str.format over the record's attributes: '{name}'."""

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        """ValueError unless the format has fields and each is well formed."""
        try:
            names = _brace_fields(self._fmt)
        except ValueError as problem:
            raise ValueError(f"invalid format: {problem}")
        if not names:
            raise ValueError("invalid format: no fields")


class StringTemplateStyle(PercentStyle):
    """Formats with string.Template over the record's attributes: '$name' or '${name}'."""

    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, *args, **kwargs):
        PercentStyle.__init__(self, *args, **kwargs)
        import string
        self._tpl = string.Template(self._fmt)

    def usesTime(self):
        return "$asctime" in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        """ValueError for a '$' that starts no field, or for a format without fields."""
        names = set()
        for found in self._tpl.pattern.finditer(self._fmt):
            name = found.group("named") or found.group("braced")
            if name:
                names.add(name)
            elif found.group(0) == "$":
                raise ValueError("invalid format: bare '$' not allowed")
        if not names:
            raise ValueError("invalid format: no fields")

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"


def _basic_format_with(opening):
    # BASIC_FORMAT with each "%(field)s" written opening + "field}"
    return BASIC_FORMAT.replace("%(", opening).replace(")s", "}")


_STYLES = {
    "%": (PercentStyle, BASIC_FORMAT),
    "{": (StrFormatStyle, _basic_format_with("{")),
    "$": (StringTemplateStyle, _basic_format_with("${")),
}


# ---- formatters

def _then(text, more):
    # text and more, on a new line unless text ends one already
    if text[-1:] != "\n":
        text += "\n"
    return text + more


class Formatter(object):
    """Turns a record into text: the format string (style '%', '{' or '$') filled from the record's attributes,
    then the exception's traceback and the stack information when the record has them.

    asctime, when the format uses it, is formatTime's: converter (time.localtime) applied to record.created, shown
    with datefmt through time.strftime, or else with default_time_format and default_msec_format."""

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        entry = _STYLES.get(style)
        if entry is None:
            raise ValueError("Style must be one of: " + ",".join(_STYLES))
        chosen = entry[0](fmt, defaults=defaults)
        if validate:
            chosen.validate()
        self._style = chosen
        self._fmt = chosen._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        """record.created as text."""
        when = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, when)
        text = time.strftime(self.default_time_format, when)
        msec_format = self.default_msec_format
        return msec_format % (text, record.msecs) if msec_format else text

    def formatException(self, ei):
        """The traceback of the exc_info triple ei, as it is printed, less the final newline."""
        import traceback
        text = "".join(traceback.format_exception(ei[0], ei[1], ei[2]))
        return text[:-1] if text[-1:] == "\n" else text

    def usesTime(self):
        """Whether the format has an asctime field."""
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        """The text for a record's stack_info: unchanged here, for subclasses to redo."""
        return stack_info

    def format(self, record):
        """The record as text. Sets record.message (and record.asctime when the format shows it); the traceback's
        text is kept in record.exc_text and used again by later formatters."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            text = _then(text, record.exc_text)
        if record.stack_info:
            text = _then(text, self.formatStack(record.stack_info))
        return text


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: formatHeader's text, each record by linefmt, formatFooter's text."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if len(records) == 0:
            return ""
        text = ""
        text += self.formatHeader(records)
        for record in records:
            text += self.linefmt.format(record)
        return text + self.formatFooter(records)


# ---- filters

class Filter(object):
    """Passes the records of the logger called name and of the loggers below it: Filter("a.b") passes "a.b" and
    "a.b.c" but not "a.bc". With no name it passes everything."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        size = self.nlen
        if size == 0:
            return True
        logger_name = record.name
        if logger_name == self.name:
            return True
        return logger_name.startswith(self.name, 0, size) and logger_name[size] == "."


class Filterer(object):
    """Something with filters (loggers and handlers): Filter-like objects or plain callables taking a record."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """True when every filter lets the record through (stops at the first that does not)."""
        for check in self.filters:
            verdict = check.filter(record) if hasattr(check, "filter") else check(record)
            if not verdict:
                return False
        return True


# ---- handler registries

class _HandlerTable(object):
    """Handlers by name, held weakly: a handler that nothing else keeps drops out. (CPython's _handlers is a
    weakref.WeakValueDictionary; this is the part of one that is needed, without loading weakref.)"""

    def __init__(self):
        self._refs = {}

    def _living(self):
        refs = self._refs
        for gone in [key for key, ref in refs.items() if ref() is None]:
            del refs[gone]
        return refs

    def get(self, name, default=None):
        ref = self._refs.get(name)
        handler = None if ref is None else ref()
        return default if handler is None else handler

    def __getitem__(self, name):
        handler = self.get(name)
        if handler is None:
            raise KeyError(name)
        return handler

    def __setitem__(self, name, handler):
        self._refs[name] = _weakref(handler)

    def __delitem__(self, name):
        if self.get(name) is None:
            raise KeyError(name)
        del self._refs[name]

    def __contains__(self, name):
        return self.get(name) is not None

    def __len__(self):
        return len(self._living())

    def __iter__(self):
        return iter(list(self._living()))

    def keys(self):
        return list(self._living())

    def values(self):
        return [ref() for ref in self._living().values()]

    def items(self):
        return [(key, ref()) for key, ref in self._living().items()]

    def clear(self):
        self._refs.clear()


_handlers = _HandlerTable()
_handlerList = []  # weak references to the handlers, oldest first (shutdown closes them newest first)


def _forget_handler(ref):
    # weakref callback: the handler is gone
    registry = _handlerList
    if registry:  # None or empty while the interpreter is finishing
        try:
            registry.remove(ref)
        except ValueError:
            pass


def _track_handler(handler):
    with _lock:
        _handlerList.append(_weakref(handler, _forget_handler))


def _running_frame(snapshot):
    # the frame on the current stack that runs snapshot's code (the innermost such), else the caller's caller.
    # weft's traceback frames are detached copies, without f_back: the stack goes on from the running one
    frame = caller = sys._getframe(2)
    while frame is not None and frame.f_code is not snapshot.f_code:
        frame = frame.f_back
    return caller if frame is None else frame


def _in_logging_package(frame):
    # whether a frame runs code of this package (logging, logging.handlers...)
    module = frame.f_globals.get("__name__")
    return module == __name__ or (isinstance(module, str) and module.startswith(__name__ + "."))


# ---- handlers

class Handler(Filterer):
    """Sends records somewhere: emit() writes one, for subclasses to provide. handle() filters first and holds
    the handler's lock while emitting; a record below the handler's level does not get here (Logger checks)."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _level_value(level)
        self.formatter = None
        self._closed = False
        _track_handler(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            previous = self._name
            if previous in _handlers:
                del _handlers[previous]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        """Gives the handler its lock."""
        self.lock = _new_lock()

    def _at_fork_reinit(self):
        self.lock._at_fork_reinit()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _level_value(level)

    def format(self, record):
        """The record as text, by the handler's formatter or else by a default Formatter (the bare message)."""
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """Emits the record unless a filter refuses it; returns the filters' verdict."""
        verdict = self.filter(record)
        if verdict:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return verdict

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        """Writes out what is buffered: nothing here."""

    def close(self):
        """Tidies up: marks the handler closed and takes its name out of the registry."""
        with _lock:
            self._closed = True
            name = self._name
            if name and name in _handlers:
                del _handlers[name]

    def handleError(self, record):
        """For emit() to call in its except clause. When logging.raiseExceptions is true, writes to stderr:
        '--- Logging error ---', the traceback, the stack of the logging call and the record's message and
        arguments; otherwise the error is ignored."""
        if not (raiseExceptions and sys.stderr):
            return
        kind, problem, trace = sys.exc_info()
        try:
            import traceback
            sys.stderr.write("--- Logging error ---\n")
            traceback.print_exception(kind, problem, trace, None, sys.stderr)
            sys.stderr.write("Call stack:\n")
            # from where the exception was caught, out to the first frame not in the logging package
            frame = _running_frame(trace.tb_frame)
            while frame is not None and _in_logging_package(frame):
                frame = frame.f_back
            if frame is None:
                sys.stderr.write(f"Logged from file {record.filename}, line {record.lineno}\n")
            else:
                sys.stderr.write("".join(traceback.format_stack(frame)))
            try:
                sys.stderr.write("Message: %r\nArguments: %s\n" % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                sys.stderr.write("Unable to print the message and arguments - possible formatting error.\n"
                                 "Use the traceback above to help find the error.\n")
        except OSError:
            pass
        finally:
            del kind, problem, trace

    def __repr__(self):
        return "<%s (%s)>" % (self.__class__.__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each record, then terminator, to a stream (by default sys.stderr as it is when the handler is
    made), and flushes it."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        self.acquire()
        try:
            target = self.stream
            if target and hasattr(target, "flush"):
                target.flush()
        finally:
            self.release()

    def emit(self, record):
        try:
            line = self.format(record) + self.terminator
            self.stream.write(line)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Writes to stream from now on (after flushing the old one). Returns the old stream, or None when
        stream is the one in use already."""
        if stream is self.stream:
            return None
        previous = self.stream
        self.acquire()
        try:
            self.flush()
            self.stream = stream
        finally:
            self.release()
        return previous

    def __repr__(self):
        label = str(getattr(self.stream, "name", ""))
        if label:
            label += " "
        return "<%s %s(%s)>" % (self.__class__.__name__, label, getLevelName(self.level))

    __class_getitem__ = classmethod(_GenericAlias)


def _encoding_for_text(encoding):
    # io.text_encoding(encoding) (weft's io has none yet): the encoding a text file gets when none is given
    if encoding is not None:
        return encoding
    return "utf-8" if sys.flags.utf8_mode else "locale"


class FileHandler(StreamHandler):
    """A StreamHandler on a file, opened in mode 'a' unless told otherwise, at once or, with delay, for the
    first record. baseFilename is the file's absolute path."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        import os
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        self.encoding = encoding if "b" in mode else _encoding_for_text(encoding)
        self.errors = errors
        self.delay = delay
        self._builtin_open = open  # kept: open may be gone from builtins when the handler closes at exit
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            opened = self._open()
            StreamHandler.__init__(self, opened)

    def close(self):
        self.acquire()
        try:
            try:
                stream = self.stream
                if stream:
                    try:
                        self.flush()
                    finally:
                        self.stream = None
                        if hasattr(stream, "close"):
                            stream.close()
            finally:
                StreamHandler.close(self)
        finally:
            self.release()

    def _open(self):
        """The file, opened with the handler's mode, encoding and errors."""
        encoding = self.encoding
        if encoding == "locale":  # weft's open() does not take "locale" yet; its default encoding is that one
            encoding = None
        return self._builtin_open(self.baseFilename, self.mode, encoding=encoding, errors=self.errors)

    def emit(self, record):
        """Opens the file if it is not open (unless a handler in mode 'w' has been closed), then writes."""
        if self.stream is None and (self.mode != "w" or not self._closed):
            self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return "<%s %s (%s)>" % (self.__class__.__name__, self.baseFilename, getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """A StreamHandler on whatever sys.stderr is at the moment it writes."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


# what a record reaching no handler at all goes to (set it to None for a one-time notice instead)
_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


# ---- the logger tree

class PlaceHolder(object):
    """The entry for a dotted name that no logger has yet but loggers below it do; loggerMap holds those."""

    def __init__(self, alogger):
        self.loggerMap = dict.fromkeys((alogger,))

    def append(self, alogger):
        self.loggerMap.setdefault(alogger)


def _require_logger_class(klass):
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)


def setLoggerClass(klass):
    """New loggers are made of klass (Logger or a subclass) from now on."""
    global _logger_class
    _require_logger_class(klass)
    _logger_class = klass


def getLoggerClass():
    """The class new loggers are made of."""
    return _logger_class


def _prefixes(name):
    # the dotted prefixes of a logger name, longest first ("a.b.c": "a.b", "a"); a prefix ending with a dot
    # stops the walk there, and a leading dot is no separator
    end = name.rfind(".")
    while end > 0:
        yield name[:end]
        end = name.rfind(".", 0, end - 1)


class Manager(object):
    """Keeps the loggers (and the placeholders between them) by name in loggerDict and links each logger to its
    nearest ancestor; also holds the global disable level."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _level_value(value)

    def getLogger(self, name):
        """The logger called name, made and put in the tree the first time."""
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            entry = self.loggerDict.get(name)
            if entry is not None and not isinstance(entry, PlaceHolder):
                return entry
            logger_class = self.loggerClass or _logger_class
            made = logger_class(name)
            made.manager = self
            self.loggerDict[name] = made
            if entry is not None:
                self._adopt(entry, made)
            self._find_parent(made)
            return made

    def setLoggerClass(self, klass):
        """The class of the loggers this manager makes (it takes precedence over setLoggerClass's)."""
        _require_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _find_parent(self, logger):
        # the parent is the logger of the longest prefix that has one, else the root; prefixes with no entry yet
        # get a placeholder, and placeholders passed on the way learn about the new logger
        table = self.loggerDict
        for prefix in _prefixes(logger.name):
            entry = table.get(prefix)
            if entry is None:
                table[prefix] = PlaceHolder(logger)
            elif isinstance(entry, Logger):
                logger.parent = entry
                return
            else:
                entry.append(logger)
        logger.parent = self.root

    def _adopt(self, placeholder, logger):
        # a placeholder became logger: the loggers under it whose parent is above logger now have logger as parent
        name = logger.name
        for below in placeholder.loggerMap:
            if not below.parent.name.startswith(name):
                below.parent = logger

    def _clear_cache(self):
        # forget every logger's isEnabledFor answers (levels or the disable level changed)
        with _lock:
            for node in self.loggerDict.values():
                if isinstance(node, Logger):
                    node._cache.clear()
            self.root._cache.clear()


_NO_CALLER = ("(unknown file)", 0, "(unknown function)", None)  # findCaller's answer when it cannot tell
_OVERWRITE = "Attempt to overwrite %r in LogRecord"  # makeRecord's complaint about an extra key


def _exc_info_triple(value):
    # what a true exc_info= argument stands for: an exception instance, a ready triple, or the current exception
    if isinstance(value, BaseException):
        return type(value), value, value.__traceback__
    if isinstance(value, tuple):
        return value
    return sys.exc_info()


def _deprecated(message):
    import warnings
    warnings.warn(message, DeprecationWarning, 3)  # blames the caller of the deprecated function


def _stack_text(frame):
    # "Stack (most recent call last):" and the stack out from frame, without the final newline
    import traceback
    text = "Stack (most recent call last):\n" + "".join(traceback.format_stack(frame))
    return text[:-1] if text[-1] == "\n" else text


class Logger(Filterer):
    """A named channel of the tree. A call at a level the logger is enabled for makes a record, which goes to the
    logger's handlers and, while propagate is true, to those of its ancestors."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _level_value(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}  # level -> isEnabledFor's answer

    def setLevel(self, level):
        """Sets the level (a number or a registered name)."""
        self.level = _level_value(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        """Logs msg % args at DEBUG. Keywords: exc_info, stack_info, stacklevel, extra."""
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        """Logs msg % args at INFO."""
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        """Logs msg % args at WARNING."""
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        """Logs msg % args at ERROR."""
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Logs at ERROR with the exception being handled."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        """Logs msg % args at CRITICAL."""
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        """Same as critical()."""
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Logs msg % args at level, which must be an int (a TypeError otherwise, unless raiseExceptions is
        false: then nothing happens)."""
        if not isinstance(level, int):
            if not raiseExceptions:
                return
            raise TypeError("level must be an integer")
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file name, line number, function name, stack text or None) of the stacklevel-th frame calling into
        logging, not counting the frames of this module; the outermost frame if the stack ends first."""
        frame = currentframe()
        if frame is None:
            return _NO_CALLER
        while stacklevel > 0 and frame.f_back is not None:
            frame = frame.f_back
            if frame.f_code.co_filename != _srcfile:
                stacklevel -= 1
        code = frame.f_code
        stack = _stack_text(frame) if stack_info else None
        return code.co_filename, frame.f_lineno, code.co_name, stack

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None, sinfo=None):
        """A record from the record factory, given the attributes in extra, which may not replace any the record
        has (nor 'message' and 'asctime')."""
        record = _record_factory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            attributes = record.__dict__
            for key in extra:
                if key in ("message", "asctime") or key in attributes:
                    raise KeyError(_OVERWRITE % key)
                attributes[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        # makes the record, with the caller's position, and handles it
        where, line, func, stack = _NO_CALLER
        if _srcfile:
            try:
                where, line, func, stack = self.findCaller(stack_info, stacklevel)
            except ValueError:  # what a findCaller giving the wrong number of values raises
                pass
        if exc_info:
            exc_info = _exc_info_triple(exc_info)
        record = self.makeRecord(self.name, level, where, line, msg, args, exc_info, func, extra, stack)
        self.handle(record)

    def handle(self, record):
        """Passes the record to the handlers unless the logger is disabled or a filter refuses it."""
        if self.disabled:
            return
        if self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        """Whether this logger, or an ancestor reached through propagation, has handlers."""
        node = self
        while node:
            if node.handlers:
                return True
            if not node.propagate:
                return False
            node = node.parent
        return False

    def callHandlers(self, record):
        """Gives the record to each handler of this logger and its ancestors (up to one with propagate false) whose
        level it reaches. When there is no handler on the way: to lastResort, or if that is None, a one-time
        notice on stderr."""
        seen_handler = False
        node = self
        while node:
            for handler in node.handlers:
                seen_handler = True
                if record.levelno >= handler.level:
                    handler.handle(record)
            node = node.parent if node.propagate else None
        if seen_handler:
            return
        fallback = lastResort
        if fallback:
            if record.levelno >= fallback.level:
                fallback.handle(record)
            return
        manager = self.manager
        if raiseExceptions and not manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The first level other than NOTSET going up from this logger to the root, else NOTSET."""
        node = self
        while node:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        """Whether a call at level would be logged (answers are cached until a level changes)."""
        if self.disabled:
            return False
        cache = self._cache
        answer = cache.get(level)
        if answer is None:
            switched_off = self.manager.disable  # every level up to this one is off
            answer = False if switched_off >= level else level >= self.getEffectiveLevel()
            cache[level] = answer
        return answer

    def getChild(self, suffix):
        """The logger named <this logger's name>.<suffix> (just suffix below the root)."""
        full_name = suffix if self.root is self else ".".join((self.name, suffix))
        return self.manager.getLogger(full_name)

    def __repr__(self):
        return "<%s %s (%s)>" % (self.__class__.__name__, self.name, getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        # a logger pickles as its name, when getLogger gives it back for that name
        if getLogger(self.name) is self:
            return getLogger, (self.name,)
        import pickle
        raise pickle.PicklingError('logger cannot be pickled')


class RootLogger(Logger):
    """The logger at the top of the tree, named "root"."""

    def __init__(self, level):
        super().__init__("root", level)

    def __reduce__(self):
        return getLogger, ()


_logger_class = Logger


class LoggerAdapter(object):
    """Wraps a logger to add context to its calls: process() puts the adapter's extra into each call's keywords
    (subclasses may do more). Everything else goes to the logger."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        """The message and keywords for the logger: here, the keywords with extra replaced by the adapter's."""
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Logs through the logger after process() when the logger is enabled for level."""
        if not self.isEnabledFor(level):
            return
        text, keywords = self.process(msg, kwargs)
        self.logger.log(level, text, *args, **keywords)

    # level questions and setLevel go to the logger

    def isEnabledFor(self, level):
        inner = self.logger
        return inner.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        inner = self.logger
        return inner.getEffectiveLevel()

    def hasHandlers(self):
        inner = self.logger
        return inner.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        # lets adapters wrap adapters
        inner = self.logger
        return inner._log(level, msg, args, exc_info=exc_info, extra=extra, stack_info=stack_info)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        inner = self.logger
        return "<%s %s (%s)>" % (self.__class__.__name__, inner.name, getLevelName(inner.getEffectiveLevel()))

    __class_getitem__ = classmethod(_GenericAlias)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)


# ---- configuration

def _basic_handler(options, encoding, errors):
    # basicConfig's own handler: a FileHandler for filename=, else a StreamHandler on stream= (or stderr)
    filename = options.pop("filename", None)
    mode = options.pop("filemode", 'a')
    if not filename:
        return StreamHandler(options.pop("stream", None))
    if "b" in mode:
        errors = None
    else:
        encoding = _encoding_for_text(encoding)
    return FileHandler(filename, mode, encoding=encoding, errors=errors)


def basicConfig(**kwargs):
    """Sets up the root logger in one call, when it has no handlers yet (or with force=True, which first removes
    and closes the ones it has): one handler (a StreamHandler on sys.stderr, on stream=, or a FileHandler for
    filename= with filemode=, encoding=, errors=), or those given in handlers=; each without a formatter gets one
    made from format=, datefmt= and style=; level= sets the root's level. Other keywords are a ValueError."""
    with _lock:
        force = kwargs.pop("force", False)
        encoding = kwargs.pop("encoding", None)
        errors = kwargs.pop("errors", "backslashreplace")
        if force:
            for old in list(root.handlers):
                root.removeHandler(old)
                old.close()
        if root.handlers:
            return
        targets = kwargs.pop("handlers", None)
        has_stream, has_file = "stream" in kwargs, "filename" in kwargs
        if targets is None:
            if has_stream and has_file:
                raise ValueError("'stream' and 'filename' should not be specified together")
            targets = [_basic_handler(kwargs, encoding, errors)]
        elif has_stream or has_file:
            raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
        datefmt = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", "%")
        entry = _STYLES.get(style)
        if entry is None:
            raise ValueError("Style must be one of: " + ",".join(_STYLES))
        shared = Formatter(kwargs.pop("format", entry[1]), datefmt, style)
        for handler in targets:
            if handler.formatter is None:
                handler.setFormatter(shared)
            root.addHandler(handler)
        wanted = kwargs.pop("level", None)
        if wanted is not None:
            root.setLevel(wanted)
        if kwargs:
            raise ValueError("Unrecognised argument(s): " + ", ".join(kwargs))


# ---- the module-level functions: the root logger's, which basicConfig() sets up first if it has no handler

def getLogger(name=None):
    """The logger called name (made the first time); the root logger for no name or "root"."""
    if not name:
        return root
    if isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def _configured_root():
    if len(root.handlers) == 0:
        basicConfig()
    return root


def critical(msg, *args, **kwargs):
    _configured_root().critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    _configured_root().error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    _configured_root().warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    _deprecated("The 'warn' function is deprecated, use 'warning' instead")
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _configured_root().info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _configured_root().debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _configured_root().log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drops every call at level or below, whatever the loggers' own levels; disable(NOTSET) ends that."""
    manager = root.manager
    manager.disable = level
    manager._clear_cache()


def _flush_and_close(handler):
    try:
        handler.acquire()
        handler.flush()
        handler.close()
    except (OSError, ValueError):
        pass  # a stream closed already, and the like: no matter at this point
    finally:
        handler.release()


def shutdown(handlerList=_handlerList):
    """Flushes and closes the handlers still alive, the newest first (runs at exit)."""
    for ref in handlerList[::-1]:
        try:
            handler = ref()
            if handler:
                _flush_and_close(handler)
        except BaseException:
            if raiseExceptions:
                raise


import atexit
atexit.register(shutdown)


class NullHandler(Handler):
    """A handler that does nothing: a library gives its top logger one so that, without any configuration, its
    records neither reach lastResort nor are reported missing."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# ---- warnings into logging

_saved_showwarning = None  # warnings.showwarning as it was before captureWarnings(True)


def _warning_to_log(message, category, filename, lineno, file=None, line=None):
    # warnings.showwarning while warnings are captured: the warning's usual text, at WARNING on "py.warnings"
    # (a warning meant for a given file still goes there)
    if file is not None:
        if _saved_showwarning is not None:
            _saved_showwarning(message, category, filename, lineno, file, line)
        return
    import warnings
    text = warnings.formatwarning(message, category, filename, lineno, line)
    channel = getLogger("py.warnings")
    if not channel.handlers:
        channel.addHandler(NullHandler())
    channel.warning(str(text))


def captureWarnings(capture):
    """capture true: warnings are logged to the "py.warnings" logger instead of shown; false: shown again."""
    global _saved_showwarning
    import warnings
    if capture:
        if _saved_showwarning is None:
            _saved_showwarning = warnings.showwarning
            warnings.showwarning = _warning_to_log
    elif _saved_showwarning is not None:
        warnings.showwarning = _saved_showwarning
        _saved_showwarning = None
