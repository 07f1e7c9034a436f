# type(None)(), type(...)(), type(NotImplemented)() give the singletons; sys.exception(); vars() in a function
import sys
print(type(None)(), type(...)(), type(NotImplemented)())
print(type(None)() is None, type(...)() is ...)
for t in (type(None), type(...), type(NotImplemented)):
    try:
        t(1)
    except TypeError as e:
        print(e)
print(sys.exception())
try:
    raise KeyError("k")
except KeyError:
    print(repr(sys.exception()))
    try:
        raise ValueError("inner")
    except ValueError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception())
def f(a, b=2):
    c = a + b
    return sorted(vars().items())
print(f(1))
s = "héllo"
print(f"{s!a} {s!r} {s!s} {'ü'!a:>8}")
