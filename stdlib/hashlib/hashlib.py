# hashlib: the digest constructors, new() and the key derivation functions. OpenSSL's digests come from the native
# _hashlib module and blake2b/blake2s from _blake2 (libb2), as in CPython's hashlib.py; the code is weft's own.

import _hashlib
from _blake2 import blake2b, blake2s

algorithms_guaranteed = frozenset(("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s",
                                   "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"))
algorithms_available = frozenset(_hashlib.openssl_md_meth_names) | algorithms_guaranteed

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s", "sha3_224", "sha3_256",
           "sha3_384", "sha3_512", "shake_128", "shake_256", "new", "algorithms_guaranteed", "algorithms_available",
           "pbkdf2_hmac", "file_digest")

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
shake_128 = _hashlib.openssl_shake_128
shake_256 = _hashlib.openssl_shake_256
pbkdf2_hmac = _hashlib.pbkdf2_hmac
scrypt = _hashlib.scrypt


def new(name, data=b"", **kwargs):
    """A hash object for the algorithm `name`, fed with `data`."""
    # blake2 takes its parameters as keywords; the other names go to OpenSSL (CPython: hashlib.__hash_new)
    if name in ("blake2b", "blake2s"):
        return (blake2b if name == "blake2b" else blake2s)(data, **kwargs)
    return _hashlib.new(name, data, **kwargs)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """The digest of a binary file object read to its end (3.11)."""
    h = new(digest) if isinstance(digest, str) else digest()
    if hasattr(fileobj, "getbuffer"):
        h.update(fileobj.getbuffer())
        return h
    if not (hasattr(fileobj, "readinto") and hasattr(fileobj, "readable") and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    buf = bytearray(_bufsize)
    view = memoryview(buf)
    while True:
        size = fileobj.readinto(buf)
        if size == 0:
            break
        h.update(view[:size])
    return h
