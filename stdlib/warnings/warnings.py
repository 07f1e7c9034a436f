# warnings: issuing warnings and filtering them, as CPython 3.11's warnings module does (Lib/warnings.py and
# Python/_warnings.c give the semantics and messages; this code is weft's). A warning is matched against
# `filters` (the first match decides, else `defaultaction`) and shown on stderr as "file:line: Category: message"
# with its source line.
import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

# (action, message regex or None, category, module regex/name or None, lineno): CPython's defaults
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_filters_version = 1
_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def _filters_mutated():
    global _filters_version
    _filters_version += 1


_source_cache = {}


def _getline(filename, lineno):
    # the text of a line of a source file, as linecache gives it ("" when the file cannot be read)
    lines = _source_cache.get(filename)
    if lines is None:
        try:
            with open(filename, encoding="utf-8") as f:
                lines = f.read().splitlines()
        except (OSError, UnicodeDecodeError, ValueError, TypeError):
            lines = []
        _source_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1] + "\n"
    return ""


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    line = msg.line if msg.line is not None else _getline(msg.filename, msg.lineno)
    if line:
        s += "  %s\n" % line.strip()
    if msg.source is not None:
        # CPython adds the allocation traceback, or this hint when tracemalloc is off
        s += f"{category}: Enable tracemalloc to get the object allocation traceback\n"
    return s


def formatwarning(message, category, filename, lineno, line=None):
    """Build the text of a warning report: 'file:line: Category: message' plus the source line."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write the formatted warning to *file* (default sys.stderr); may be replaced to redirect warnings."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        # a replaced showwarning gets the old arguments (CPython: _showwarnmsg)
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Add a filter that applies *action* to warnings matching *message* and
    *module* (regex text), *category* and *lineno*; it goes first in the list
    unless *append* is true.
    """
    if action not in _ACTIONS:
        raise AssertionError(f"invalid action: {action!r}")
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    import re
    message_re = re.compile(message, re.I) if message else None
    module_re = re.compile(module) if module else None
    _add_filter(action, message_re, category, module_re, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter matching only *category* and *lineno* (any message, any
    module); first in the list unless *append* is true.
    """
    if action not in _ACTIONS:
        raise AssertionError(f"invalid action: {action!r}")
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Remove every warnings filter."""
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def warn(message, category=None, stacklevel=1, source=None):
    """Emit warning *message* of *category*; the filters decide whether it is shown, ignored or raised."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        globals_ = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals_.get("__name__", "<string>")
    registry = globals_.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals_, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if _matches(msg, text) and issubclass(category, cat) and _matches(mod, module) and (ln == 0 or lineno == ln):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class catch_warnings:
    """Save the warnings filters and showwarning on entry and put them back on
    exit; with *record*, caught warnings are collected in the list __enter__ returns.
    """

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        m = self._module
        self._filters = m.filters
        m.filters = self._filters[:]
        m._filters_mutated()
        self._showwarning = m.showwarning
        self._showwarnmsg_impl = m._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            m._showwarnmsg_impl = log.append
            m.showwarning = m._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        m = self._module
        m.filters = self._filters
        m._filters_mutated()
        m.showwarning = self._showwarning
        m._showwarnmsg_impl = self._showwarnmsg_impl


def _file_line(filename, lineno):
    # a line of a source file, stripped, or '' (CPython: linecache.getline)
    try:
        with open(filename, encoding='utf-8') as f:
            for number, line in enumerate(f, 1):
                if number == lineno:
                    return line.strip()
    except (OSError, UnicodeDecodeError, ValueError):
        pass
    return ''


def _warn_unawaited_coroutine(coro, function=None, lineno=None):
    # called when a coroutine is freed without being awaited (CPython: _warn_unawaited_coroutine), with the
    # function and line that dropped it when the runtime knows them
    message = f"coroutine '{coro.__qualname__}' was never awaited"
    origin = getattr(coro, 'cr_origin', None)
    if origin:
        # debug mode's origin tracking: where the coroutine was made, outermost first
        import traceback
        message += "\nCoroutine created at (most recent call last)\n" + "".join(traceback.format_list(
            [traceback.FrameSummary(filename, lineno, name, line=_file_line(filename, lineno))
             for filename, lineno, name in reversed(origin)]))
        message = message.rstrip("\n")
    if function is None:
        try:
            sys._getframe(1)
        except ValueError:
            # at exit, with no frame left: "sys:1: RuntimeWarning: ...", and no tracemalloc hint (CPython warns
            # from its finalization then)
            warn(message, RuntimeWarning)
            return
        warn(message, RuntimeWarning, stacklevel=2, source=coro)
        return
    module_globals = function.__globals__
    registry = module_globals.setdefault('__warningregistry__', {})
    warn_explicit(message, RuntimeWarning, function.__code__.co_filename, lineno,
                  module_globals.get('__name__', '<string>'), registry, module_globals, source=coro)


# ---- the -W options (sys.warnoptions), applied when this module is imported (CPython: warnings._processoptions)

class _OptionError(Exception):
    """A -W option that cannot be read."""


def _category_named(name):
    if not name:
        return Warning
    if '.' in name:
        module_name, _, class_name = name.rpartition('.')
        try:
            module = __import__(module_name, None, None, [class_name])
        except ImportError:
            raise _OptionError(f"invalid module name: {module_name!r}") from None
    else:
        import builtins as module
        class_name = name
    try:
        category = getattr(module, class_name)
    except AttributeError:
        raise _OptionError(f"unknown warning category: {name!r}") from None
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise _OptionError(f"invalid warning category: {name!r}")
    return category


def _apply_option(option):
    # action:message:category:module:lineno, every field optional; the action may be abbreviated
    fields = [field.strip() for field in option.split(':')]
    if len(fields) > 5:
        raise _OptionError(f"too many fields (max 5): {option!r}")
    fields += [''] * (5 - len(fields))
    action, message, category, module, lineno = fields
    if action in ('', 'all'):
        action = 'default' if action == '' else 'always'
    else:
        for name in ('default', 'always', 'ignore', 'module', 'once', 'error'):
            if name.startswith(action):
                action = name
                break
        else:
            raise _OptionError(f"invalid action: {action!r}")
    category = _category_named(category)
    if message or module:
        import re
        message = re.escape(message) if message else message
        module = re.escape(module) + r'\Z' if module else module
    if lineno:
        try:
            lineno = int(lineno)  # a negative number is reported as the number, other text as the text
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError(f"invalid lineno {lineno!r}") from None
        number = lineno
    else:
        number = 0
    filterwarnings(action, message, category, module, number)


for _option in sys.warnoptions:
    try:
        _apply_option(_option)
    except _OptionError as _error:
        print("Invalid -W option ignored:", _error, file=sys.stderr)
