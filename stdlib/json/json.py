# json: JSON encoding and decoding with CPython 3.11's output, options and errors. The scanner and the encoder
# are the module's native part (json_codec.cpp: _scan_once, _encode, _encode_string), as CPython's are C
# (Modules/_json.c); this file keeps the interface: loads/dumps, JSONDecoder and JSONEncoder with their options
# and hooks. The code is weft's own.

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


# ---- decoding

_CONSTANTS = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}


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
        obj, end = self.raw_decode(s, _skip_space(s, 0))
        end = _skip_space(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """The value at the start of s[idx:] and the index where it ends."""
        try:
            # a fresh memo per document, as CPython's scanner clears its own after each call
            return _scan_once(s, idx, self.strict, self.object_hook, self.object_pairs_hook, self.parse_float,
                              self.parse_int, self.parse_constant, {}, JSONDecodeError)
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
            return _encode_string(o, self.ensure_ascii)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return "".join(chunks)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o, in chunks: one chunk, the whole text."""
        if _one_shot and self.indent is None:
            # CPython's C encoder: the text made now, in a tuple; its message for a bad float leaves the value out
            return (self._text(o, False),)
        return self._lazy_text(o)

    def _lazy_text(self, o):
        # CPython's Python encoder (indent, dump, iterencode): a generator, so errors arrive as it is iterated,
        # and its message for a bad float names the value (json.encoder._make_iterencode)
        yield self._text(o, True)

    def _text(self, o, name_bad_floats):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        return _encode(o, self.check_circular, self.ensure_ascii, self.allow_nan, self.sort_keys, self.skipkeys,
                       self.item_separator, self.key_separator, indent, self.default, name_bad_floats)


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
