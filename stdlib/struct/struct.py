# struct: the public face of the native _struct module (stdlib/_struct), as CPython's struct.py is of its _struct.

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]

from _struct import *
from _struct import _clearcache
