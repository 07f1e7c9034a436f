# json: JSON encoding and decoding with CPython 3.11's output, options and errors. The decoder is a
# recursive-descent scanner over the text with index arithmetic and `re` for numbers and string runs; the encoder
# builds a list of chunks joined once. Messages and positions follow CPython's C scanner (Modules/_json.c) and
# Lib/json/encoder.py's behaviour; the code is weft's own.
import re as _re

__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]


class JSONDecodeError(ValueError):
    """A ValueError with msg, doc, pos, lineno and colno: where decoding failed."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__(f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = "json.decoder"  # where CPython defines it, as tracebacks name it


JSONDecodeError.__module__ = "json.decoder"

# ---- decoding

_WS = " \t\n\r"
_WHITESPACE = _re.compile(r"[ \t\n\r]*")
_NUMBER = _re.compile(r"(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_CHUNK = _re.compile(r'[^"\\\x00-\x1f]*')
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_HEX = frozenset("0123456789abcdefABCDEF")
_CONSTANTS = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}


def _hex4(s, pos, escape_start):
    # the four hex digits after \u at pos (CPython: scanstring_unicode's \u case)
    digits = s[pos:pos + 4]
    if len(digits) < 4 or not all(c in _HEX for c in digits):
        raise JSONDecodeError("Invalid \\uXXXX escape", s, escape_start)
    return int(digits, 16)


def _scan_string(s, end, strict):
    # s[end] follows the opening quote: the string's value and the index after its closing quote
    begin = end - 1
    chunks = []
    length = len(s)
    while True:
        run = _CHUNK.match(s, end)
        stop = run.end()
        if stop > end:
            chunks.append(s[end:stop])
        end = stop
        if end >= length:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        c = s[end]
        if c == '"':
            return "".join(chunks), end + 1
        if c != "\\":
            if strict:
                raise JSONDecodeError("Invalid control character at", s, end)
            chunks.append(c)
            end += 1
            continue
        end += 1
        if end >= length:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end]
        if esc != "u":
            if esc not in _ESCAPES:
                raise JSONDecodeError("Invalid \\escape", s, end - 1)
            chunks.append(_ESCAPES[esc])
            end += 1
            continue
        code = _hex4(s, end + 1, end)
        end += 5
        if 0xD800 <= code <= 0xDBFF and s[end:end + 2] == "\\u":
            low = _hex4(s, end + 2, end + 1)
            if 0xDC00 <= low <= 0xDFFF:
                code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                end += 6
        chunks.append(chr(code))


class _Scanner:
    # one decode: the options of its JSONDecoder and a memo of object keys
    def __init__(self, decoder):
        self.decoder = decoder
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = {}

    def value(self, s, idx):
        # the value starting at idx and the index after it; StopIteration(idx) when there is none
        # (CPython: scan_once_unicode)
        try:
            c = s[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if c == '"':
            return _scan_string(s, idx + 1, self.strict)
        if c == "{":
            return self.object(s, idx + 1)
        if c == "[":
            return self.array(s, idx + 1)
        if c == "n" and s.startswith("null", idx):
            return None, idx + 4
        if c == "t" and s.startswith("true", idx):
            return True, idx + 4
        if c == "f" and s.startswith("false", idx):
            return False, idx + 5
        m = _NUMBER.match(s, idx)
        if m is not None and m.end() > idx and m.group(1) != "-":
            integer, fraction, exponent = m.groups()
            if fraction or exponent:
                return self.parse_float(integer + (fraction or "") + (exponent or "")), m.end()
            return self.parse_int(integer), m.end()
        if c == "N" and s.startswith("NaN", idx):
            return self.parse_constant("NaN"), idx + 3
        if c == "I" and s.startswith("Infinity", idx):
            return self.parse_constant("Infinity"), idx + 8
        if c == "-" and s.startswith("-Infinity", idx):
            return self.parse_constant("-Infinity"), idx + 9
        raise StopIteration(idx)

    def _skip(self, s, end):
        return _WHITESPACE.match(s, end).end()

    def object(self, s, end):
        # after "{" (CPython: _parse_object_unicode)
        pairs = []
        end = self._skip(s, end)
        if s[end:end + 1] == "}":
            return self._finish_object(pairs), end + 1
        while True:
            if s[end:end + 1] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end)
            key, end = _scan_string(s, end + 1, self.strict)
            key = self.memo.setdefault(key, key)
            end = self._skip(s, end)
            if s[end:end + 1] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = self._skip(s, end + 1)
            try:
                value, end = self.value(s, end)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            pairs.append((key, value))
            end = self._skip(s, end)
            c = s[end:end + 1]
            if c == "}":
                return self._finish_object(pairs), end + 1
            if c != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, end)
            end = self._skip(s, end + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result

    def array(self, s, end):
        # after "[" (CPython: _parse_array_unicode)
        values = []
        end = self._skip(s, end)
        if s[end:end + 1] == "]":
            return values, end + 1
        while True:
            try:
                value, end = self.value(s, end)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            values.append(value)
            end = self._skip(s, end)
            c = s[end:end + 1]
            if c == "]":
                return values, end + 1
            if c != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, end)
            end = self._skip(s, end + 1)


class JSONDecoder:
    """Decodes JSON text: objects to dicts, arrays to lists, and the hooks' choices."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """The Python value of the JSON document s (whitespace around it allowed)."""
        obj, end = self.raw_decode(s, _WHITESPACE.match(s, 0).end())
        end = _WHITESPACE.match(s, end).end()
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """The value at the start of s[idx:] and the index where it ends."""
        try:
            return _Scanner(self).value(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None


_default_decoder = JSONDecoder()


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """The Python value of a JSON document (str, bytes or bytearray)."""
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = _decode_bytes(s)
    else:
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}")
    if (cls is None and object_hook is None and parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw["object_hook"] = object_hook
    if object_pairs_hook is not None:
        kw["object_pairs_hook"] = object_pairs_hook
    if parse_float is not None:
        kw["parse_float"] = parse_float
    if parse_int is not None:
        kw["parse_int"] = parse_int
    if parse_constant is not None:
        kw["parse_constant"] = parse_constant
    return cls(**kw).decode(s)


def detect_encoding(b):
    """The encoding of JSON bytes: a byte order mark, else where the first characters' zero bytes fall (RFC 4627's
    rule, as CPython's json.detect_encoding applies it)."""
    if b.startswith((b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00")):
        return "utf-32"
    if b.startswith((b"\xfe\xff", b"\xff\xfe")):
        return "utf-16"
    if b.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if len(b) >= 4:
        if not b[0]:
            return "utf-16-be" if b[1] else "utf-32-be"
        if not b[1]:
            return "utf-16-le" if b[2] or b[3] else "utf-32-le"
    elif len(b) == 2:
        if not b[0]:
            return "utf-16-be"
        if not b[1]:
            return "utf-16-le"
    return "utf-8"


def _decode_bytes(b):
    return bytes(b).decode(detect_encoding(b))


def load(fp, **kw):
    """loads() of a file's whole text."""
    return loads(fp.read(), **kw)


# ---- encoding

_ESCAPE_MAP = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
for _i in range(0x20):
    _ESCAPE_MAP.setdefault(chr(_i), "\\u{0:04x}".format(_i))
_NEEDS_ESCAPE = _re.compile(r'[\x00-\x1f\\"]')
_NEEDS_ESCAPE_ASCII = _re.compile(r'([\\"]|[^\ -~])')


def _encode_string(s):
    return '"' + _NEEDS_ESCAPE.sub(lambda m: _ESCAPE_MAP[m.group(0)], s) + '"'


def _ascii_escape(m):
    c = m.group(0)
    if c in _ESCAPE_MAP:
        return _ESCAPE_MAP[c]
    n = ord(c)
    if n < 0x10000:
        return "\\u{0:04x}".format(n)
    n -= 0x10000
    return "\\u{0:04x}\\u{1:04x}".format(0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF))


def _encode_string_ascii(s):
    return '"' + _NEEDS_ESCAPE_ASCII.sub(_ascii_escape, s) + '"'


class JSONEncoder:
    """Encodes Python values as JSON; subclasses override default() for other types."""
    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        """The JSON text of o."""
        if isinstance(o, str):
            return _encode_string_ascii(o) if self.ensure_ascii else _encode_string(o)
        return "".join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o, in chunks."""
        chunks = []
        encoding = _Encoding(self, chunks)
        # CPython's C encoder (one shot, no indent) leaves the bad float out of its message; its Python one
        # names it (json.encoder.JSONEncoder.iterencode)
        encoding.name_bad_floats = not (_one_shot and self.indent is None)
        encoding.value(o, 0)
        return iter(chunks)


class _Encoding:
    # one encode: the encoder's options, the output chunks and the containers being encoded (CPython:
    # json.encoder._make_iterencode)
    def __init__(self, encoder, out):
        self.e = encoder
        self.out = out
        self.markers = {} if encoder.check_circular else None
        self.string = _encode_string_ascii if encoder.ensure_ascii else _encode_string
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent

    def float_text(self, o):
        if o != o:
            text = "NaN"
        elif o == float("inf"):
            text = "Infinity"
        elif o == float("-inf"):
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.e.allow_nan:
            if self.name_bad_floats:
                raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def enter(self, o):
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[marker] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(self.string(o))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self.float_text(o))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            self.enter(o)
            self.value(self.e.default(o), level)
            self.leave(o)

    def newline(self, level):
        return "\n" + self.indent * level

    def array(self, items, level):
        out = self.out
        if not items:
            out.append("[]")
            return
        self.enter(items)
        out.append("[")
        separator = self.e.item_separator
        if self.indent is not None:
            level += 1
            separator += self.newline(level)
            out.append(self.newline(level))
        first = True
        for item in items:
            if not first:
                out.append(separator)
            first = False
            self.value(item, level)
        if self.indent is not None:
            out.append(self.newline(level - 1))
        out.append("]")
        self.leave(items)

    def key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return int.__repr__(key)
        if self.e.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")

    def object(self, d, level):
        out = self.out
        if not d:
            out.append("{}")
            return
        self.enter(d)
        out.append("{")
        separator = self.e.item_separator
        if self.indent is not None:
            level += 1
            separator += self.newline(level)
            out.append(self.newline(level))
        items = sorted(d.items()) if self.e.sort_keys else d.items()
        first = True
        for key, value in items:
            text = self.key_text(key)
            if text is None:
                continue
            if not first:
                out.append(separator)
            first = False
            out.append(self.string(text))
            out.append(self.e.key_separator)
            self.value(value, level)
        if self.indent is not None:
            out.append(self.newline(level - 1))
        out.append("}")
        self.leave(d)


_default_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None,
          separators=None, default=None, sort_keys=False, **kw):
    """The JSON text of obj."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and indent is None and
            separators is None and default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default, sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    """Writes the JSON text of obj to a file."""
    for chunk in (kw.pop("cls", None) or JSONEncoder)(**kw).iterencode(obj):
        fp.write(chunk)
