# sys.version_info is a struct sequence: a tuple with named fields.
import sys
v = sys.version_info
print(v.major, v.minor, v[:2], v >= (3, 8), v.releaselevel, type(v).__name__, len(v), isinstance(v, tuple))
print(v.major == v[0], repr(v).startswith("sys.version_info(major=3, minor=11,"), sys.version_info.__match_args__)
match v:
    case (3, minor, *_):
        print("Python 3 minor", minor)
