# hmac: keyed-hash message authentication (RFC 2104) over any hashlib digest, and compare_digest. Written in weft:
# the inner and outer hashes are hashlib objects fed the key padded and XORed with 0x36 and 0x5c (CPython: hmac.HMAC).

import hashlib as _hashlib

__all__ = ["new", "digest", "compare_digest", "HMAC"]

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))
digest_size = None


def compare_digest(a, b):
    """a == b for two str of ASCII characters or two bytes-like objects, in time that depends on their length only."""
    # (CPython: _operator._compare_digest)
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a, b = a.encode(), b.encode()
    else:
        buffers = (bytes, bytearray, memoryview)
        if not isinstance(a, buffers) and not isinstance(b, buffers):
            raise TypeError(f"unsupported operand types(s) or combination of types: "
                            f"'{type(a).__name__}' and '{type(b).__name__}'")
        for x in (a, b):
            if not isinstance(x, buffers):
                raise TypeError(f"a bytes-like object is required, not '{type(x).__name__}'")
        a, b = bytes(a), bytes(b)
    result = len(a) ^ len(b)
    for x, y in zip(a, b if len(a) == len(b) else a):
        result |= x ^ y
    return result == 0


def _digest_constructor(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b"": _hashlib.new(digestmod, data)
    return lambda data=b"": digestmod.new(data)


class HMAC:
    """An HMAC computation in progress: update() with more data, then digest() or hexdigest()."""
    blocksize = 64

    __slots__ = ("_inner", "_outer", "_digest_size", "_block_size")

    def __init__(self, key, msg=None, digestmod=""):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError(f"key: expected bytes or bytearray, but got {type(key).__name__!r}")
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _digest_constructor(digestmod)
        self._inner = make()
        self._outer = make()
        self._digest_size = self._inner.digest_size
        block = getattr(self._inner, "block_size", 64)
        if block < 16:
            block = self.blocksize
        self._block_size = block
        if len(key) > block:
            key = make(key).digest()
        key = bytes(key).ljust(block, b"\0")
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    @property
    def digest_size(self):
        return self._digest_size

    @property
    def block_size(self):
        return self._block_size

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = HMAC.__new__(HMAC)
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        other._digest_size = self._digest_size
        other._block_size = self._block_size
        return other

    def _current(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=""):
    """A new HMAC object keyed with `key`, fed `msg` when given."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key with the digest `digest`, at once."""
    return HMAC(key, msg, digest).digest()
