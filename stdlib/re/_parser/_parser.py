# re._parser: reads a pattern in Python's regular-expression syntax, raising re.error with CPython's message
# and position for anything CPython rejects, and writes the same pattern in PCRE2's syntax for the _re engine
# (every literal escaped, \Z as \z, group references by number, verbose whitespace and comments dropped).
# Also parses sub()'s replacement templates. Messages and positions follow CPython 3.11's Lib/re/_parser.py
# (_escape, _class_escape, _parse, _parse_flags, parse_template); the code is weft's own.

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823

# the flag bits (CPython's SRE_FLAG_*) and what PCRE2 is told (_re's option bits)
TEMPLATE = 1
IGNORECASE = 2
LOCALE = 4
MULTILINE = 8
DOTALL = 16
UNICODE = 32
VERBOSE = 64
DEBUG = 128
ASCII = 256
_INLINE_FLAGS = {"i": IGNORECASE, "L": LOCALE, "m": MULTILINE, "s": DOTALL, "x": VERBOSE, "a": ASCII,
                 "t": TEMPLATE, "u": UNICODE}
_TYPE_FLAGS = ASCII | LOCALE | UNICODE
_GLOBAL_FLAGS = DEBUG | TEMPLATE

_DIGITS = "0123456789"
_OCTDIGITS = "01234567"
_HEXDIGITS = "0123456789abcdefABCDEF"
_ASCIILETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_WHITESPACE = " \t\n\r\v\f"
_SPECIAL = ".\\[{()*+?^$|"
_REPEAT_CHARS = "*+?{"
# escapes standing for one character, and the categories (with their PCRE2 spelling)
_CHAR_ESCAPES = {"\\a": 7, "\\b": 8, "\\f": 12, "\\n": 10, "\\r": 13, "\\t": 9, "\\v": 11, "\\\\": 92}
_CATEGORIES = {"\\d": "\\d", "\\D": "\\D", "\\s": "\\s", "\\S": "\\S", "\\w": "\\w", "\\W": "\\W"}
_ANCHORS = {"\\A": "\\A", "\\Z": "\\z", "\\b": "\\b", "\\B": "\\B"}


class error(Exception):
    """Exception raised for invalid regular expressions: msg, pattern, pos, lineno, colno."""
    __module__ = "re"  # raised and shown as re.error (CPython: re._constants.error)

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


class _Tokens:
    # the pattern as tokens: one character, or a backslash and the character after it (CPython: Tokenizer)
    def __init__(self, pattern):
        self.pattern = pattern
        self.text = pattern if isinstance(pattern, str) else str(pattern, "latin1")
        self.is_text = isinstance(pattern, str)
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        i = self.index
        if i >= len(self.text):
            self.next = None
            return
        char = self.text[i]
        if char == "\\":
            i += 1
            if i >= len(self.text):
                raise error("bad escape (end of pattern)", self.pattern, len(self.text) - 1)
            char += self.text[i]
        self.index = i + 1
        self.next = char

    def match(self, char):
        if char == self.next:
            self._advance()
            return True
        return False

    def get(self):
        token = self.next
        self._advance()
        return token

    def get_while(self, n, charset):
        out = ""
        for _ in range(n):
            if self.next is None or self.next not in charset:
                break
            out += self.next
            self._advance()
        return out

    def get_until(self, terminator, what):
        out = ""
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not out:
                    raise self.error("missing " + what)
                raise self.error("missing %s, unterminated name" % terminator, len(out))
            if c == terminator:
                if not out:
                    raise self.error("missing " + what, 1)
                return out
            out += c

    def tell(self):
        return self.index - len(self.next or "")

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, back=0):
        if not self.is_text:
            msg = msg.encode("ascii", "backslashreplace").decode("ascii")
        return error(msg, self.pattern, self.tell() - back)

    def check_group_name(self, name, back):
        if not name.isidentifier():
            raise self.error("bad character in group name %r" % name, len(name) + back)


class _State:
    def __init__(self, flags):
        self.flags = flags
        self.group_names = {}
        self.group_widths = [None]      # None while a group is open
        self.lookbehind_groups = None   # the group count when the innermost lookbehind began
        self.group_ref_positions = {}   # conditional references to groups not seen yet

    @property
    def groups(self):
        return len(self.group_widths)

    def open_group(self, name):
        gid = self.groups
        self.group_widths.append(None)
        if self.groups > MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            previous = self.group_names.get(name)
            if previous is not None:
                raise error("redefinition of group name %r as group %d; was group %d" % (name, gid, previous))
            self.group_names[name] = gid
        return gid

    def is_closed(self, gid):
        return gid < self.groups and self.group_widths[gid] is not None

    def check_lookbehind_ref(self, gid, tokens):
        if self.lookbehind_groups is not None:
            if not self.is_closed(gid):
                raise tokens.error("cannot refer to an open group")
            if gid >= self.lookbehind_groups:
                raise tokens.error("cannot refer to group defined in the same lookbehind subpattern")


class _Item:
    # one atom of the output: its PCRE2 text, its width range, and what it is (for the repeat checks)
    __slots__ = ("text", "lo", "hi", "kind")

    def __init__(self, text, lo, hi, kind="atom"):
        self.text = text
        self.lo = lo
        self.hi = hi
        self.kind = kind


def _literal_text(code):
    # letters and digits as they are, anything else as \x{...}: never special to PCRE2
    c = chr(code)
    if code < 128 and c.isalnum():
        return c
    return "\\x{%x}" % code


def _escape(tokens, escape, state):
    # an escape outside a character class: an item (CPython: _escape)
    if escape in _CATEGORIES:
        return _Item(_CATEGORIES[escape], 1, 1)
    if escape in _ANCHORS:
        return _Item(_ANCHORS[escape], 0, 0, "at")
    if escape in _CHAR_ESCAPES:
        return _Item(_literal_text(_CHAR_ESCAPES[escape]), 1, 1)
    c = escape[1:2]
    if c == "x":
        escape += tokens.get_while(2, _HEXDIGITS)
        if len(escape) != 4:
            raise tokens.error("incomplete escape %s" % escape, len(escape))
        return _Item(_literal_text(int(escape[2:], 16)), 1, 1)
    if c in "uU" and tokens.is_text:
        return _Item(_literal_text(_unicode_escape(tokens, escape)), 1, 1)
    if c == "N" and tokens.is_text:
        return _Item(_literal_text(_named_escape(tokens)), 1, 1)
    if c == "0":
        escape += tokens.get_while(2, _OCTDIGITS)
        return _Item(_literal_text(int(escape[1:], 8)), 1, 1)
    if c and c in _DIGITS:
        # an octal escape of three digits, or else a group reference
        if tokens.next is not None and tokens.next in _DIGITS:
            escape += tokens.get()
            if escape[1] in _OCTDIGITS and escape[2] in _OCTDIGITS and tokens.next is not None and tokens.next in _OCTDIGITS:
                escape += tokens.get()
                code = int(escape[1:], 8)
                if code > 0o377:
                    raise tokens.error("octal escape value %s outside of range 0-0o377" % escape, len(escape))
                return _Item(_literal_text(code), 1, 1)
        group = int(escape[1:])
        if group < state.groups:
            if not state.is_closed(group):
                raise tokens.error("cannot refer to an open group", len(escape))
            state.check_lookbehind_ref(group, tokens)
            lo, hi = state.group_widths[group]
            return _Item("(?:\\g{%d})" % group, lo, hi)
        raise tokens.error("invalid group reference %d" % group, len(escape) - 1)
    if len(escape) == 2:
        if c in _ASCIILETTERS:
            raise tokens.error("bad escape %s" % escape, len(escape))
        return _Item(_literal_text(ord(c)), 1, 1)
    raise tokens.error("bad escape %s" % escape, len(escape))


def _unicode_escape(tokens, escape):
    size = 4 if escape[1] == "u" else 8
    escape += tokens.get_while(size, _HEXDIGITS)
    if len(escape) != size + 2:
        raise tokens.error("incomplete escape %s" % escape, len(escape))
    code = int(escape[2:], 16)
    if code > 0x10FFFF:
        raise tokens.error("bad escape %s" % escape, len(escape))
    return code


def _named_escape(tokens):
    if not tokens.match("{"):
        raise tokens.error("missing {")
    name = tokens.get_until("}", "character name")
    try:
        import unicodedata
        return ord(unicodedata.lookup(name))
    except (ImportError, KeyError, TypeError):
        raise tokens.error("undefined character name %r" % name, len(name) + len("\\N{}")) from None


def _class_escape(tokens, escape):
    # an escape inside a character class: ("lit", code) or ("cat", text) (CPython: _class_escape)
    if escape in _CHAR_ESCAPES:
        return "lit", _CHAR_ESCAPES[escape]
    if escape in _CATEGORIES:
        return "cat", _CATEGORIES[escape]
    c = escape[1:2]
    if c == "x":
        escape += tokens.get_while(2, _HEXDIGITS)
        if len(escape) != 4:
            raise tokens.error("incomplete escape %s" % escape, len(escape))
        return "lit", int(escape[2:], 16)
    if c in "uU" and tokens.is_text:
        return "lit", _unicode_escape(tokens, escape)
    if c == "N" and tokens.is_text:
        return "lit", _named_escape(tokens)
    if c and c in _OCTDIGITS:
        escape += tokens.get_while(2, _OCTDIGITS)
        code = int(escape[1:], 8)
        if code > 0o377:
            raise tokens.error("octal escape value %s outside of range 0-0o377" % escape, len(escape))
        return "lit", code
    if len(escape) == 2 and c not in _DIGITS:
        if c in _ASCIILETTERS:
            raise tokens.error("bad escape %s" % escape, len(escape))
        return "lit", ord(c)
    raise tokens.error("bad escape %s" % escape, len(escape))


def _parse_class(tokens):
    # after "[": the class as PCRE2 text (CPython: the "[" case of _parse)
    here = tokens.tell() - 1
    negate = tokens.match("^")
    parts = []
    while True:
        this = tokens.get()
        if this is None:
            raise tokens.error("unterminated character set", tokens.tell() - here)
        if this == "]" and parts:
            break
        if this[0] == "\\":
            first = _class_escape(tokens, this)
        else:
            first = ("lit", ord(this))
        if tokens.match("-"):
            that = tokens.get()
            if that is None:
                raise tokens.error("unterminated character set", tokens.tell() - here)
            if that == "]":
                parts.append(_class_part(first))
                parts.append("\\x{2d}")
                break
            second = _class_escape(tokens, that) if that[0] == "\\" else ("lit", ord(that))
            if first[0] != "lit" or second[0] != "lit" or second[1] < first[1]:
                raise tokens.error("bad character range %s-%s" % (this, that), len(this) + 1 + len(that))
            parts.append("%s-%s" % (_class_part(first), _class_part(second)))
        else:
            parts.append(_class_part(first))
    return "[" + ("^" if negate else "") + "".join(parts) + "]"


def _class_part(code):
    kind, value = code
    return value if kind == "cat" else "\\x{%x}" % value


def _parse_alternation(tokens, state, verbose, nested):
    # a|b|c: the branches' text and the width range over them (CPython: _parse_sub)
    branches = []
    while True:
        branches.append(_parse_sequence(tokens, state, verbose, nested + 1, not nested and not branches))
        if not tokens.match("|"):
            break
        if not nested:
            verbose = state.flags & VERBOSE
    text = "|".join(b.text for b in branches)
    return _Item(text, min(b.lo for b in branches), max(b.hi for b in branches), "seq")


def _parse_sequence(tokens, state, verbose, nested, first=False):
    # a run of items up to | or ) (CPython: _parse)
    items = []
    while True:
        this = tokens.next
        if this is None or this in "|)":
            break
        tokens.get()
        if verbose:
            if this in _WHITESPACE:
                continue
            if this == "#":
                while True:
                    this = tokens.get()
                    if this is None or this == "\n":
                        break
                continue
        if this[0] == "\\":
            items.append(_escape(tokens, this, state))
        elif this not in _SPECIAL:
            items.append(_Item(_literal_text(ord(this)), 1, 1))
        elif this == "[":
            items.append(_Item(_parse_class(tokens), 1, 1))
        elif this in _REPEAT_CHARS:
            if not _parse_repeat(tokens, this, items):
                items.append(_Item("\\x{7b}", 1, 1))
        elif this == ".":
            items.append(_Item(".", 1, 1))
        elif this == "(":
            item = _parse_group(tokens, state, verbose, nested, first and not items)
            if item is None:
                verbose = state.flags & VERBOSE  # global flags were set
                continue
            if item.kind != "skip":
                items.append(item)
        elif this == "^":
            items.append(_Item("^", 0, 0, "at"))
        elif this == "$":
            items.append(_Item("$", 0, 0, "at"))
    return _Item("".join(i.text for i in items), sum(i.lo for i in items), sum(i.hi for i in items), "seq")


def _parse_repeat(tokens, this, items):
    # a quantifier after the last item; False when "{" turns out to be a literal (CPython: REPEAT_CHARS case)
    here = tokens.tell()
    if this == "?":
        lo, hi, text = 0, 1, "?"
    elif this == "*":
        lo, hi, text = 0, MAXREPEAT, "*"
    elif this == "+":
        lo, hi, text = 1, MAXREPEAT, "+"
    else:
        if tokens.next == "}":
            return False
        low = high = ""
        while tokens.next is not None and tokens.next in _DIGITS:
            low += tokens.get()
        if tokens.match(","):
            while tokens.next is not None and tokens.next in _DIGITS:
                high += tokens.get()
        else:
            high = low
        if not tokens.match("}"):
            tokens.seek(here)
            return False
        lo = int(low) if low else 0
        hi = int(high) if high else MAXREPEAT
        if lo >= MAXREPEAT or (high and hi >= MAXREPEAT):
            raise OverflowError("the repetition number is too large")
        if hi < lo:
            raise tokens.error("min repeat greater than max repeat", tokens.tell() - here)
        text = "{%d,%s}" % (lo, "" if hi == MAXREPEAT else hi)
    if not items or items[-1].kind == "at":
        raise tokens.error("nothing to repeat", tokens.tell() - here + len(this))
    if items[-1].kind == "repeat":
        raise tokens.error("multiple repeat", tokens.tell() - here + len(this))
    if tokens.match("?"):
        text += "?"
    elif tokens.match("+"):
        text += "+"
    item = items[-1]
    item.text = "(?:%s)%s" % (item.text, text) if item.kind == "seq" else item.text + text
    item.lo = item.lo * lo
    item.hi = MAXREPEAT if hi == MAXREPEAT or item.hi == MAXREPEAT else item.hi * hi
    item.kind = "repeat"
    return True


def _parse_group(tokens, state, verbose, nested, first):
    # after "(": the group as an item; None for global flags, kind "skip" for a comment (CPython: "(" case)
    start = tokens.tell() - 1
    capture = True
    name = None
    opener = "("
    add_flags = del_flags = 0
    if tokens.match("?"):
        char = tokens.get()
        if char is None:
            raise tokens.error("unexpected end of pattern")
        if char == "P":
            if tokens.match("<"):
                name = tokens.get_until(">", "group name")
                tokens.check_group_name(name, 1)
            elif tokens.match("="):
                name = tokens.get_until(")", "group name")
                tokens.check_group_name(name, 1)
                gid = state.group_names.get(name)
                if gid is None:
                    raise tokens.error("unknown group name %r" % name, len(name) + 1)
                if not state.is_closed(gid):
                    raise tokens.error("cannot refer to an open group", len(name) + 1)
                state.check_lookbehind_ref(gid, tokens)
                lo, hi = state.group_widths[gid]
                return _Item("(?:\\g{%d})" % gid, lo, hi)
            else:
                char = tokens.get()
                if char is None:
                    raise tokens.error("unexpected end of pattern")
                raise tokens.error("unknown extension ?P" + char, len(char) + 2)
        elif char == ":":
            capture = False
            opener = "(?:"
        elif char == "#":
            while True:
                if tokens.next is None:
                    raise tokens.error("missing ), unterminated comment", tokens.tell() - start)
                if tokens.get() == ")":
                    return _Item("", 0, 0, "skip")
        elif char in "=!<":
            behind = False
            if char == "<":
                char = tokens.get()
                if char is None:
                    raise tokens.error("unexpected end of pattern")
                if char not in "=!":
                    raise tokens.error("unknown extension ?<" + char, len(char) + 2)
                behind = True
                outer = state.lookbehind_groups
                if outer is None:
                    state.lookbehind_groups = state.groups
            body = _parse_alternation(tokens, state, verbose, nested + 1)
            if behind:
                if outer is None:
                    state.lookbehind_groups = None
                if body.lo != body.hi:
                    raise error("look-behind requires fixed-width pattern")
            if not tokens.match(")"):
                raise tokens.error("missing ), unterminated subpattern", tokens.tell() - start)
            return _Item("(?%s%s%s)" % ("<" if behind else "", char, body.text), 0, 0, "assert")
        elif char == "(":
            return _parse_conditional(tokens, state, verbose, nested, start)
        elif char == ">":
            capture = False
            opener = "(?>"
        elif char in _INLINE_FLAGS or char == "-":
            flags = _parse_flags(tokens, state, char)
            if flags is None:
                if not first:
                    raise tokens.error("global flags not at the start of the expression", tokens.tell() - start)
                return None
            add_flags, del_flags = flags
            capture = False
            opener = "(?%s%s:" % (_pcre_flags(add_flags), "-" + _pcre_flags(del_flags) if _pcre_flags(del_flags) else "")
            if opener == "(?:" or opener == "(?-:":
                opener = "(?:"
        else:
            raise tokens.error("unknown extension ?" + char, len(char) + 1)
    gid = None
    if capture:
        try:
            gid = state.open_group(name)
        except error as err:
            raise tokens.error(err.msg, len(name) + 1) from None
        opener = "("  # names stay ours: PCRE2's must be ASCII
    inner_verbose = (verbose or (add_flags & VERBOSE)) and not (del_flags & VERBOSE)
    body = _parse_alternation(tokens, state, inner_verbose, nested + 1)
    if not tokens.match(")"):
        raise tokens.error("missing ), unterminated subpattern", tokens.tell() - start)
    if gid is not None:
        state.group_widths[gid] = (body.lo, body.hi)
    return _Item(opener + body.text + ")", body.lo, body.hi, "group")


def _pcre_flags(flags):
    return "".join(c for c, bit in (("i", IGNORECASE), ("m", MULTILINE), ("s", DOTALL)) if flags & bit)


def _parse_conditional(tokens, state, verbose, nested, start):
    # (?(group)yes|no) (CPython: the "(" case of _parse's extensions)
    name = tokens.get_until(")", "group name")
    if name.isidentifier():
        tokens.check_group_name(name, 1)
        gid = state.group_names.get(name)
        if gid is None:
            raise tokens.error("unknown group name %r" % name, len(name) + 1)
    else:
        try:
            gid = int(name)
            if gid < 0:
                raise ValueError
        except ValueError:
            raise tokens.error("bad character in group name %r" % name, len(name) + 1) from None
        if not gid:
            raise tokens.error("bad group number", len(name) + 1)
        if gid >= MAXGROUPS:
            raise tokens.error("invalid group reference %d" % gid, len(name) + 1)
        if gid not in state.group_ref_positions:
            state.group_ref_positions[gid] = tokens.tell() - len(name) - 1
    state.check_lookbehind_ref(gid, tokens)
    yes = _parse_sequence(tokens, state, verbose, nested + 1)
    no = None
    if tokens.match("|"):
        no = _parse_sequence(tokens, state, verbose, nested + 1)
        if tokens.next == "|":
            raise tokens.error("conditional backref with more than two branches")
    if not tokens.match(")"):
        raise tokens.error("missing ), unterminated subpattern", tokens.tell() - start)
    text = "(?(%d)%s%s)" % (gid, yes.text, "|" + no.text if no is not None else "")
    lo = min(yes.lo, no.lo) if no is not None else 0
    hi = max(yes.hi, no.hi) if no is not None else yes.hi
    return _Item(text, lo, hi, "group")


def _parse_flags(tokens, state, char):
    # (?aiLmsux) sets flags for the whole pattern (None is returned); (?flags-flags:...) scopes them
    # (CPython: _parse_flags)
    add_flags = del_flags = 0
    if char != "-":
        while True:
            flag = _INLINE_FLAGS[char]
            if tokens.is_text:
                if char == "L":
                    raise tokens.error("bad inline flags: cannot use 'L' flag with a str pattern")
            elif char == "u":
                raise tokens.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            add_flags |= flag
            if (flag & _TYPE_FLAGS) and (add_flags & _TYPE_FLAGS) != flag:
                raise tokens.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            char = tokens.get()
            if char is None:
                raise tokens.error("missing -, : or )")
            if char in ")-:":
                break
            if char not in _INLINE_FLAGS:
                raise tokens.error("unknown flag" if char.isalpha() else "missing -, : or )", len(char))
    if char == ")":
        state.flags |= add_flags
        return None
    if add_flags & _GLOBAL_FLAGS:
        raise tokens.error("bad inline flags: cannot turn on global flag", 1)
    if char == "-":
        char = tokens.get()
        if char is None:
            raise tokens.error("missing flag")
        if char not in _INLINE_FLAGS:
            raise tokens.error("unknown flag" if char.isalpha() else "missing flag", len(char))
        while True:
            flag = _INLINE_FLAGS[char]
            if flag & _TYPE_FLAGS:
                raise tokens.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            del_flags |= flag
            char = tokens.get()
            if char is None:
                raise tokens.error("missing :")
            if char == ":":
                break
            if char not in _INLINE_FLAGS:
                raise tokens.error("unknown flag" if char.isalpha() else "missing :", len(char))
    if del_flags & _GLOBAL_FLAGS:
        raise tokens.error("bad inline flags: cannot turn off global flag", 1)
    if add_flags & del_flags:
        raise tokens.error("bad inline flags: flag turned on and off", 1)
    return add_flags, del_flags


def _fix_flags(pattern, flags):
    # (CPython: fix_flags)
    if isinstance(pattern, str):
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & ASCII:
            flags |= UNICODE
        elif flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


def translate(pattern, flags):
    """(PCRE2 pattern text, flags with the inline ones added, {name: group}, group count)."""
    tokens = _Tokens(pattern)
    state = _State(flags)
    body = _parse_alternation(tokens, state, flags & VERBOSE, 0)
    flags = _fix_flags(pattern, state.flags)
    if tokens.next is not None:
        raise tokens.error("unbalanced parenthesis")
    for gid, position in state.group_ref_positions.items():
        if gid >= state.groups:
            raise error("invalid group reference %d" % gid, pattern, position)
    return body.text, flags, state.group_names, state.groups - 1


def parse_template(template, group_names, groups):
    """A sub() replacement as a list of literal strings and group numbers (CPython: parse_template)."""
    tokens = _Tokens(template)
    parts = []
    literal = []

    def add_group(index, back):
        if index > groups:
            raise tokens.error("invalid group reference %d" % index, back)
        if literal:
            parts.append("".join(literal))
            del literal[:]
        parts.append(index)

    while True:
        this = tokens.get()
        if this is None:
            break
        if this[0] != "\\":
            literal.append(this)
            continue
        c = this[1]
        if c == "g":
            if not tokens.match("<"):
                raise tokens.error("missing <")
            name = tokens.get_until(">", "group name")
            if name.isidentifier():
                if name not in group_names:
                    raise IndexError("unknown group name %r" % name)
                index = group_names[name]
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    raise tokens.error("bad character in group name %r" % name, len(name) + 1) from None
                if index >= MAXGROUPS:
                    raise tokens.error("invalid group reference %d" % index, len(name) + 1)
            add_group(index, len(name) + 1)
        elif c == "0":
            if tokens.next is not None and tokens.next in _OCTDIGITS:
                this += tokens.get()
                if tokens.next is not None and tokens.next in _OCTDIGITS:
                    this += tokens.get()
            literal.append(chr(int(this[1:], 8) & 0xFF))
        elif c in _DIGITS:
            octal = False
            if tokens.next is not None and tokens.next in _DIGITS:
                this += tokens.get()
                if c in _OCTDIGITS and this[2] in _OCTDIGITS and tokens.next is not None and tokens.next in _OCTDIGITS:
                    this += tokens.get()
                    octal = True
                    code = int(this[1:], 8)
                    if code > 0o377:
                        raise tokens.error("octal escape value %s outside of range 0-0o377" % this, len(this))
                    literal.append(chr(code))
            if not octal:
                add_group(int(this[1:]), len(this) - 1)
        elif this in _CHAR_ESCAPES:
            literal.append(chr(_CHAR_ESCAPES[this]))
        elif c in _ASCIILETTERS:
            raise tokens.error("bad escape %s" % this, len(this))
        else:
            literal.append(this)
    if literal:
        parts.append("".join(literal))
    if not isinstance(template, str):
        parts = [p.encode("latin1") if isinstance(p, str) else p for p in parts]
    return parts
