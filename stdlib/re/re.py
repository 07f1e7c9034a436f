# re: regular expressions with Python's syntax and results, matched by PCRE2 (the native _re). re._parser
# checks and translates a pattern; this module keeps the compiled patterns, makes Match objects, and runs the
# loops of search, findall, finditer, sub and split with Python's rule for empty matches (one may follow a
# non-empty match where it ended, but never repeat where another empty one was: CPython's must_advance).
# Semantics, reprs and messages follow CPython 3.11's Lib/re and Modules/_sre.c; the code is weft's own.

import _re
from re import _parser
from re._parser import error

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge",
           "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII",
           "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]


class _FlagClass(type):
    # what enum.Flag gives RegexFlag as a class, without importing enum: its members by name (RegexFlag.DOTALL,
    # RegexFlag["DOTALL"]), iteration over the single flags in their definition order, len and its repr
    def __getattr__(cls, name):
        name = _FLAG_ALIASES.get(name, name)
        for member_name, bit in _FLAG_NAMES:
            if member_name == name:
                return RegexFlag(bit)
        if name == "NOFLAG":
            return RegexFlag(0)
        raise AttributeError(f"type object 'RegexFlag' has no attribute '{name}'")

    def __getitem__(cls, name):
        if name == "NOFLAG" or any(member_name == name for member_name, _ in _FLAG_NAMES):
            return getattr(cls, name)
        raise KeyError(name)

    def __iter__(cls):
        bits = dict(_FLAG_NAMES)
        return iter([RegexFlag(bits[name]) for name in _DEFINITION_ORDER])

    def __len__(cls):
        return len(_FLAG_NAMES)

    def __contains__(cls, value):
        return isinstance(value, RegexFlag)

    def __repr__(cls):
        return "<flag 'RegexFlag'>"


_FLAG_ALIASES = {"A": "ASCII", "I": "IGNORECASE", "L": "LOCALE", "U": "UNICODE", "M": "MULTILINE", "S": "DOTALL",
                 "X": "VERBOSE", "T": "TEMPLATE"}
_DEFINITION_ORDER = ["ASCII", "IGNORECASE", "LOCALE", "UNICODE", "MULTILINE", "DOTALL", "VERBOSE", "TEMPLATE", "DEBUG"]


class RegexFlag(int, metaclass=_FlagClass):
    """The flags of compile(), as ints that print by name: re.IGNORECASE|re.MULTILINE."""

    @property
    def name(self):
        value = int(self)
        if value == 0:
            return "NOFLAG"
        names = [n for n in _DEFINITION_ORDER if value & dict(_FLAG_NAMES)[n]]
        return "|".join(names) if names else None

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        names = [name for name, bit in _FLAG_NAMES if value & bit]
        rest = value & ~sum(bit for _, bit in _FLAG_NAMES)
        text = "|".join("re." + name for name in names)
        if rest:
            text = text + "|" + hex(rest) if text else hex(rest)
        if value < 0:
            return "~" + RegexFlag(~value).__repr__()
        return text

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self))


_FLAG_NAMES = [("TEMPLATE", _parser.TEMPLATE), ("IGNORECASE", _parser.IGNORECASE), ("LOCALE", _parser.LOCALE),
               ("MULTILINE", _parser.MULTILINE), ("DOTALL", _parser.DOTALL), ("UNICODE", _parser.UNICODE),
               ("VERBOSE", _parser.VERBOSE), ("DEBUG", _parser.DEBUG), ("ASCII", _parser.ASCII)]
NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(_parser.ASCII)
I = IGNORECASE = RegexFlag(_parser.IGNORECASE)
L = LOCALE = RegexFlag(_parser.LOCALE)
M = MULTILINE = RegexFlag(_parser.MULTILINE)
S = DOTALL = RegexFlag(_parser.DOTALL)
U = UNICODE = RegexFlag(_parser.UNICODE)
X = VERBOSE = RegexFlag(_parser.VERBOSE)
T = TEMPLATE = RegexFlag(_parser.TEMPLATE)
DEBUG = RegexFlag(_parser.DEBUG)

_MAXSIZE = 9223372036854775807
_SEARCH, _MATCH, _FULLMATCH = 0, 1, 2


class Pattern:
    """A compiled regular expression (re.compile)."""
    __slots__ = ("pattern", "flags", "groups", "groupindex", "_names", "_code", "_templates")

    def __init__(self, pattern, flags):
        text, flags, names, groups = _parser.translate(pattern, flags)
        options = ((1 if flags & _parser.IGNORECASE else 0) | (2 if flags & _parser.MULTILINE else 0) |
                   (4 if flags & _parser.DOTALL else 0) | (8 if flags & _parser.UNICODE else 0))
        try:
            self._code = _re.compile(text if isinstance(pattern, str) else text.encode("latin1"), options)
        except ValueError as e:
            raise error(str(e), pattern) from None
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        self.groupindex = _ReadOnlyDict(names)
        self._names = dict(names)  # a plain dict for Match._index
        self._templates = {}

    def _run(self, string, pos, endpos, mode, must_advance=False):
        spans = self._code.match(string, pos, endpos, mode, must_advance)
        return None if spans is None else Match(self, string, spans, pos, endpos)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, _MATCH)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, _FULLMATCH)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, _SEARCH)

    def _spans(self, string, pos=0, endpos=_MAXSIZE):
        # the matches' span tuples in order, under Python's empty-match rule (CPython: pattern_finditer's
        # state->must_advance)
        code = self._code
        length = code.length(string)
        pos = min(max(pos, 0), length)
        endpos = min(max(endpos, 0), length)
        must_advance = False
        while pos <= endpos:
            spans = code.match(string, pos, endpos, _SEARCH, must_advance)
            if spans is None:
                return
            yield spans
            must_advance = spans[1] == spans[0]
            pos = spans[1]

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        for spans in self._spans(string, pos, endpos):
            yield Match(self, string, spans, pos, endpos)

    def _subject(self, string):
        # checks the subject's type; a bytes-like one other than bytes is read as bytes, so the pieces cut from it
        # are bytes (CPython: getstring, getslice)
        self._code.length(string)
        return string if isinstance(string, (str, bytes)) else bytes(string)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return self._code.findall(self._subject(string), pos, endpos)

    def split(self, string, maxsplit=0):
        string = self._subject(string)
        out = []
        last = 0
        count = 0
        for spans in self._spans(string):
            if maxsplit and count >= maxsplit:
                break
            out.append(string[last:spans[0]])
            for g in range(1, self.groups + 1):
                out.append(string[spans[2 * g]:spans[2 * g + 1]] if spans[2 * g] >= 0 else None)
            last = spans[1]
            count += 1
        out.append(string[last:])
        return out

    def _expander(self, repl):
        # repl as a function of the match (CPython: _compile_template / pattern_subx)
        if callable(repl):
            return repl, True
        if ("\\" if isinstance(repl, str) else b"\\") not in repl:
            return repl, False
        parts = self._templates.get(repl)
        if parts is None:
            parts = _parser.parse_template(repl, self.groupindex, self.groups)
            self._templates[repl] = parts
        if len(parts) == 1 and not isinstance(parts[0], int):
            return parts[0], False
        return parts, False

    def subn(self, repl, string, count=0):
        expander, is_function = self._expander(repl)
        string = self._subject(string)
        pieces = []
        last = 0
        n = 0
        for spans in self._spans(string):
            if count and n >= count:
                break
            if spans[0] > last:
                pieces.append(string[last:spans[0]])
            if is_function:
                piece = expander(Match(self, string, spans, 0, _MAXSIZE))
                if piece:
                    pieces.append(piece)
            elif isinstance(expander, list):
                for part in expander:
                    if isinstance(part, int):
                        start = spans[2 * part]
                        if start >= 0:
                            pieces.append(string[start:spans[2 * part + 1]])
                    else:
                        pieces.append(part)
            else:
                pieces.append(expander)
            last = spans[1]
            n += 1
        if last < len(string):
            pieces.append(string[last:])
        return string[:0].join(pieces), n  # a str template for bytes fails here, as CPython's join does

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def __repr__(self):
        flags = int(self.flags)
        if isinstance(self.pattern, str):
            flags &= ~_parser.UNICODE
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if flags:
            return "re.compile(%s, %r)" % (text, RegexFlag(flags))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, int(self.flags)))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._must_advance = False

    def _step(self, mode):
        # a scanner that failed once stays exhausted (CPython: scanner_match / scanner_search)
        if self._pos is None or self._pos > min(self._endpos, len(self._string)):
            return None
        m = self.pattern._run(self._string, self._pos, self._endpos, mode, self._must_advance)
        if m is None:
            self._pos = None
            return None
        self._must_advance = m.end() == m.start()
        self._pos = m.end()
        return m

    def match(self):
        return self._step(_MATCH)

    def search(self):
        return self._step(_SEARCH)


class _ReadOnlyDict(dict):
    # Pattern.groupindex: a mapping that cannot be changed (CPython gives a mappingproxy)
    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __repr__(self):
        return "mappingproxy(%s)" % dict.__repr__(self)

    def __str__(self):
        return dict.__repr__(self)


class Match:
    """The result of a successful match: its groups and spans."""
    __slots__ = ("re", "string", "pos", "endpos", "_spans")

    def __init__(self, pattern, string, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self._spans = spans
        length = len(string)
        self.pos = min(max(pos, 0), length)
        self.endpos = min(max(endpos, 0), length)

    def _index(self, group):
        if type(group) is int:
            if 0 <= group <= self.re.groups:
                return group
            raise IndexError("no such group")
        if type(group) is str:
            index = self.re._names.get(group)
            if index is not None:
                return index
            raise IndexError("no such group")
        if isinstance(group, int) or hasattr(group, "__index__") and not isinstance(group, (str, bytes)):
            try:
                index = group.__index__()
            except Exception:
                index = -1
            if 0 <= index <= self.re.groups:
                return index
        elif isinstance(group, (str, bytes)) or True:
            try:
                if group in self.re.groupindex:
                    return self.re.groupindex[group]
            except TypeError:
                pass
        raise IndexError("no such group")

    def _get(self, index, default=None):
        start = self._spans[2 * index]
        if start < 0:
            return default
        piece = self.string[start:self._spans[2 * index + 1]]
        return piece if isinstance(piece, (str, bytes)) else bytes(piece)

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        index = self._index(group)
        return self._spans[2 * index], self._spans[2 * index + 1]

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        # the group that closed last: the latest end, and of groups ending together the outermost
        best = None
        for i in range(1, self.re.groups + 1):
            start, end = self._spans[2 * i], self._spans[2 * i + 1]
            if start < 0:
                continue
            if best is None or end > best[1] or (end == best[1] and start < best[0]):
                best = (start, end, i)
        return None if best is None else best[2]

    @property
    def lastgroup(self):
        index = self.lastindex
        if index is None:
            return None
        for name, i in self.re.groupindex.items():
            if i == index:
                return name
        return None

    def expand(self, template):
        parts = _parser.parse_template(template, self.re.groupindex, self.re.groups)
        empty = self.string[:0]
        out = []
        for part in parts:
            if isinstance(part, int):
                out.append(self._get(part, empty) or empty)
            else:
                out.append(part)
        return empty.join(out)

    def __repr__(self):
        # the match's repr cut to 50 characters (CPython: match_repr's %.50R)
        return "<re.Match object; span=(%d, %d), match=%s>" % (self._spans[0], self._spans[1], repr(self._get(0))[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        raise TypeError("first argument must be string or compiled pattern") from None
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    compiled = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning a Match object, or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning a Match object, or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning a Match object, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """The string with the leftmost non-overlapping occurrences of the pattern replaced by repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """sub() and the number of replacements made, as a tuple."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the string by the occurrences of the pattern; groups in it are returned too."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """A list of all non-overlapping matches: the whole match, the group, or tuples of the groups."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects over all non-overlapping matches."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL_CHARS = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """Escape the special characters in a string or bytes (CPython 3.7+: only regex metacharacters)."""
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL_CHARS else c for c in pattern)
    text = str(pattern, "latin1")
    return "".join("\\" + c if c in _SPECIAL_CHARS else c for c in text).encode("latin1")
