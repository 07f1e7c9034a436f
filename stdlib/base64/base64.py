# base64 module for weft: Base16/32/64 (RFC 4648), Base85 and Ascii85 codecs.
# Base64 and hex go through the native binascii module; Base32 and the two 85-codecs are
# implemented here on ints.  Behaviour and messages follow CPython 3.11's Lib/base64.py.

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes',
           'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'b85encode', 'b85decode', 'a85encode', 'a85decode',
           'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _bytes_from_decode_data(s):
    # Decoders take a bytes-like object or an ASCII-only str.
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                        % type(s).__name__) from None


def _as_bytes(b):
    # Encoders take any bytes-like object (a str raises memoryview's TypeError).
    return b if isinstance(b, bytes_types) else memoryview(b).tobytes()


# ---- Base64 -------------------------------------------------------------------

def b64encode(s, altchars=None):
    """Encode the bytes-like object s with Base64; altchars replaces '+/'."""
    out = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return out
    assert len(altchars) == 2, repr(altchars)
    return out.translate(bytes.maketrans(b'+/', altchars))


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 data; validate=True rejects bytes outside the alphabet."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode s with the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode s with the standard Base64 alphabet."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Encode s with the URL-safe alphabet ('-' and '_' for '+' and '/')."""
    return b64encode(s).translate(bytes.maketrans(b'+/', b'-_'))


def urlsafe_b64decode(s):
    """Decode URL-safe Base64; '+' and '/' are still accepted."""
    s = _bytes_from_decode_data(s)
    return b64decode(s.translate(bytes.maketrans(b'-_', b'+/')))


# ---- Base32 -------------------------------------------------------------------

_b32alphabet = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_b32hexalphabet = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
_b32rev = {}
# output characters kept for a final group of 1..4 bytes (the rest becomes '=')
_B32_KEEP = (8, 2, 4, 5, 7)


def _b32encode(alphabet, s):
    s = _as_bytes(s)
    rest = len(s) % 5
    if rest:
        s = s + bytes(5 - rest)
    out = bytearray()
    for i in range(0, len(s), 5):
        v = int.from_bytes(s[i:i + 5], 'big')
        out += bytes(alphabet[(v >> sh) & 31] for sh in (35, 30, 25, 20, 15, 10, 5, 0))
    if rest:
        keep = _B32_KEEP[rest]
        out[len(out) - 8 + keep:] = b'=' * (8 - keep)
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    # (CPython: base64._b32decode) -- digits are checked before the padding count.
    rev = _b32rev.get(alphabet)
    if rev is None:
        rev = _b32rev[alphabet] = {c: i for i, c in enumerate(alphabet)}
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    total = len(s)
    s = s.rstrip(b'=')
    npad = total - len(s)
    out = bytearray()
    v = 0
    for i in range(0, len(s), 8):
        v = 0
        for c in s[i:i + 8]:
            d = rev.get(c)
            if d is None:
                raise binascii.Error('Non-base32 digit found')
            v = (v << 5) | d
        out += v.to_bytes(5, 'big')
    if npad not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if npad and out:
        keep = (43 - 5 * npad) // 8
        out[-5:] = (v << (5 * npad)).to_bytes(5, 'big')[:keep]
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like object s with Base32."""
    return _b32encode(_b32alphabet, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32; casefold accepts lowercase, map01 maps '0'->'O' and '1'->map01."""
    return _b32decode(_b32alphabet, s, casefold, map01)


def b32hexencode(s):
    """Encode the bytes-like object s with base32hex (RFC 4648 extended hex)."""
    return _b32encode(_b32hexalphabet, s)


def b32hexdecode(s, casefold=False):
    """Decode base32hex; casefold accepts lowercase."""
    return _b32decode(_b32hexalphabet, s, casefold)


# ---- Base16 -------------------------------------------------------------------

def b16encode(s):
    """Encode the bytes-like object s as uppercase hex."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode uppercase hex (any case with casefold=True)."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# ---- Ascii85 / Base85 ---------------------------------------------------------

_A85START = b'<~'
_A85END = b'~>'
_b85alphabet = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_b85dec = None


def _85encode(b, alphabet, pad=False, foldnuls=False, foldspaces=False):
    # alphabet: 85 digit byte values.  (CPython: base64._85encode)
    b = _as_bytes(b)
    padding = -len(b) % 4
    if padding:
        b = b + bytes(padding)
    out = []
    for i in range(0, len(b), 4):
        w = int.from_bytes(b[i:i + 4], 'big')
        if foldnuls and not w:
            out.append(b'z')
        elif foldspaces and w == 0x20202020:
            out.append(b'y')
        else:
            out.append(bytes((alphabet[w // 52200625], alphabet[w // 614125 % 85],
                              alphabet[w // 7225 % 85], alphabet[w // 85 % 85],
                              alphabet[w % 85])))
    if padding and not pad:
        last = out[-1]
        if last == b'z':
            last = bytes((alphabet[0],)) * 5
        out[-1] = last[:5 - padding]
    return b''.join(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode b with Ascii85; see CPython's docs for foldspaces/wrapcol/pad/adobe."""
    res = _85encode(b, range(33, 118), pad, True, foldspaces)
    if adobe:
        res = _A85START + res
    if wrapcol:
        # (CPython: base64.a85encode) -- the closing '~>' must fit on the last line.
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [res[i:i + wrapcol] for i in range(0, len(res), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        res = b'\n'.join(lines)
    if adobe:
        res += _A85END
    return res


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode Ascii85 data (framed by <~ ~> when adobe=True)."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError('Ascii85 encoded byte sequences must end with %r' % _A85END)
        b = b[2:-2] if b.startswith(_A85START) else b[:-2]
    out = []
    group = []
    # Four trailing 'u' (digit 84) complete a partial group; the extra bytes are cut below.
    for c in b + b'uuuu':
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                v = 0
                for d in group:
                    v = v * 85 + d - 33
                if v > 0xffffffff:
                    raise ValueError('Ascii85 overflow')
                out.append(v.to_bytes(4, 'big'))
                group = []
        elif c == 122:  # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out.append(b'\0\0\0\0')
        elif foldspaces and c == 121:  # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out.append(b'    ')
        elif c not in ignorechars:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    res = b''.join(out)
    cut = 4 - len(group)
    return res[:-cut] if cut else res


def b85encode(b, pad=False):
    """Encode b with base85 (the git/Mercurial alphabet)."""
    return _85encode(b, _b85alphabet, pad)


def b85decode(b):
    """Decode base85 data."""
    global _b85dec
    if _b85dec is None:
        _b85dec = [None] * 256
        for i, c in enumerate(_b85alphabet):
            _b85dec[c] = i
    b = _bytes_from_decode_data(b)
    padding = -len(b) % 5
    b = b + b'~' * padding
    out = []
    for i in range(0, len(b), 5):
        v = 0
        for j in range(i, i + 5):
            d = _b85dec[b[j]]
            if d is None:
                raise ValueError('bad base85 character at position %d' % j)
            v = v * 85 + d
        if v > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out.append(v.to_bytes(4, 'big'))
    res = b''.join(out)
    return res[:-padding] if padding else res


# ---- Legacy MIME-style interface ----------------------------------------------

def encode(input, output):
    """Base64-encode binary file input into binary file output, 76-char lines."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Base64-decode binary file input line by line into binary file output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def _input_type_check(s):
    try:
        m = memoryview(s)
    except TypeError as err:
        raise TypeError('expected bytes-like object, not %s' % type(s).__name__) from err
    if m.format not in ('c', 'b', 'B'):
        raise TypeError('expected single byte elements, not %r from %s'
                        % (m.format, type(s).__name__))
    if m.ndim != 1:
        raise TypeError('expected 1-D data, not %d-D data from %s' % (m.ndim, type(s).__name__))


def encodebytes(s):
    """Encode s as Base64 lines of at most 76 characters, each ending in newline."""
    _input_type_check(s)
    return b''.join(binascii.b2a_base64(s[i:i + MAXBINSIZE])
                    for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """Decode a bytes-like object of Base64 lines."""
    _input_type_check(s)
    return binascii.a2b_base64(s)
