# traceback: extracting, formatting and printing tracebacks as CPython 3.11's module does. Frames and exception lines
# are printed by the interpreter's own traceback code (the native _traceback), so a formatted traceback reads exactly
# as an uncaught exception's report; this module adds the objects (FrameSummary, StackSummary, TracebackException)
# and the function signatures. Written in weft; semantics and messages follow CPython's Lib/traceback.py.
import sys
import _traceback

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only", "format_list", "format_stack",
           "format_tb", "print_exc", "format_exc", "print_exception", "print_last", "print_stack", "print_tb",
           "clear_frames", "FrameSummary", "StackSummary", "TracebackException", "walk_stack", "walk_tb"]

_sentinel = object()


class FrameSummary:
    """One frame of a traceback or stack: filename, lineno, name and the source line."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno", "name", "_line", "locals", "_printed")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None, end_lineno=None,
                 colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self._printed = None

    @property
    def line(self):
        return self._line if self._line is not None else ""

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4


def _limited(items, limit):
    # a positive limit keeps the first frames, a negative one the last (CPython: StackSummary._extract_from_extended_frame_gen)
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return items
    return items[:limit] if limit >= 0 else items[limit:]


class StackSummary(list):
    """A list of FrameSummary entries for a stack; format() turns it into text."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        frames = [FrameSummary(f.f_code.co_filename, lineno, f.f_code.co_name,
                               line=_traceback.line(f.f_code, lineno),
                               locals=f.f_locals if capture_locals else None) for f, lineno in frame_gen]
        return klass(_limited(frames, limit))

    def format_frame_summary(self, frame_summary):
        if frame_summary._printed is not None:
            return frame_summary._printed
        row = '  File "{}", line {}, in {}\n'.format(frame_summary.filename, frame_summary.lineno, frame_summary.name)
        if frame_summary.line:
            row += "    {}\n".format(frame_summary.line.strip())
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row += "    {name} = {value}\n".format(name=name, value=value)
        return row

    def format(self):
        # runs of the same frame more than three times are summarized (CPython: _RECURSIVE_CUTOFF)
        result = []
        last = None
        count = 0
        for frame in self:
            key = (frame.filename, frame.lineno, frame.name)
            if key == last:
                count += 1
                if count > 3:
                    continue
            else:
                if count > 3:
                    more = count - 3
                    result.append(f"  [Previous line repeated {more} more time{'s' if more > 1 else ''}]\n")
                last = key
                count = 1
            result.append(self.format_frame_summary(frame))
        if count > 3:
            more = count - 3
            result.append(f"  [Previous line repeated {more} more time{'s' if more > 1 else ''}]\n")
        return result


def _tb_frames(tb, limit=None):
    frames = []
    for filename, lineno, name, line, printed in _traceback.entries(tb):
        frame = FrameSummary(filename, lineno, name, line=line)
        frame._printed = printed
        frames.append(frame)
    return StackSummary(_limited(frames, limit))


def walk_tb(tb):
    """Each (frame, line number) of a traceback, following tb_next."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """Each (frame, line number) from f (the caller's frame when None) up its f_back chain."""
    if f is None:
        f = sys._getframe(1)
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_tb(tb, limit=None):
    return _tb_frames(tb, limit) if tb is not None else StackSummary()


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def _stack_of(f, skip):
    if f is None:
        f = sys._getframe(skip)
    frames = []
    while f is not None:
        frames.append((f, f.f_lineno))
        f = f.f_back
    frames.reverse()
    return frames


def extract_stack(f=None, limit=None):
    """The stack from the outermost frame to f (the caller when None)."""
    # frames of weft's library modules are left out, as in tracebacks (runtime/vm/traceback.cpp: is_library_code)
    frames = [FrameSummary(fr.f_code.co_filename, lineno, fr.f_code.co_name, line=_traceback.line(fr.f_code, lineno))
              for fr, lineno in _stack_of(f, 2) if not fr.f_code.co_filename.startswith("<frozen ")]
    return StackSummary(frames[-limit:] if limit is not None and limit > 0 else frames)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe(1)
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    """Frames of a weft traceback keep no locals: nothing to clear."""


def _parse_value_tb(exc, value, tb):
    # format_exception(exc) or the old (type, value, tb) form (CPython: _parse_value_tb)
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
        return None, None
    return value, tb


class TracebackException:
    """An exception made ready for printing: its type, stack, message, notes and chained exceptions."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True, capture_locals=False,
                 compact=False, max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._value = exc_value
        self._str = _safe_str(exc_value)
        self.__notes__ = getattr(exc_value, "__notes__", None)
        self.stack = extract_tb(exc_traceback, limit=limit)
        # CPython's stack also holds the frames of library code, which weft leaves out: a traceback made only of
        # those still prints its title, as CPython's does with them dropped
        self._hidden_stack = exc_traceback is not None and bool(_limited([None], limit))
        self._limit = limit
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = None
        self.__context__ = None
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, limit=limit, _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(type(context), context, context.__traceback__, limit=limit,
                                                      _seen=_seen)
        self.exceptions = None
        if isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [TracebackException(type(e), e, e.__traceback__, limit=limit, _seen=_seen)
                               for e in exc_value.exceptions]
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__ if hasattr(self, "__dict__") else self is other
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self._value is None:
            yield "NoneType: None\n"
            return
        yield from _traceback.exception_only(self._value).splitlines(keepends=True)

    def format(self, *, chain=True, _ctx=None):
        if self._value is not None and self.exceptions is not None and self._limit is None:
            # exception groups print in boxes: the interpreter's own report, which has them
            yield _traceback.printed(self._value)
            return
        if chain:
            if self.__cause__ is not None:
                yield from self.__cause__.format(chain=chain)
                yield "\nThe above exception was the direct cause of the following exception:\n\n"
            elif self.__context__ is not None and not self.__suppress_context__:
                yield from self.__context__.format(chain=chain)
                yield "\nDuring handling of the above exception, another exception occurred:\n\n"
        if self.stack or self._hidden_stack:
            yield "Traceback (most recent call last):\n"
            yield from self.stack.format()
        yield from self.format_exception_only()


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return "<exception str() failed>"


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None)
    return list(te.format_exception_only())


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    te = TracebackException(type(value), value, tb, limit=limit)
    for line in te.format(chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)
