# A generator that handles no exception of its own sees the one its caller
# handles: sys.exc_info(), sys.exception(), a bare `raise` and the __context__
# of what it raises (CPython walks the exc_info chain past a generator's empty
# state, _PyErr_GetTopmostException). Its own, once it has one, comes first, and
# what it handled at a yield is not its caller's.
import sys


def show(tag):
    exc = sys.exc_info()[1]
    print(tag, None if exc is None else repr(exc), repr(sys.exception()))


def plain():
    show("plain before")
    yield 1
    show("plain resumed")
    yield 2


def reraiser():
    yield "ready"
    raise


def raiser():
    yield "ready"
    raise ValueError("inside")


def own_handler():
    try:
        raise KeyError("own")
    except KeyError:
        show("own in except")
        yield 1
        show("own resumed")
    show("own after except")
    yield 2


def nested():
    yield from plain()


g = plain()
next(g)                       # nothing handled anywhere
try:
    raise OSError("caller")
except OSError:
    show("caller")
    print(next(g))            # the generator sees OSError('caller')
show("after caller")

r = reraiser()
next(r)
try:
    raise LookupError("to reraise")
except LookupError:
    try:
        next(r)
    except LookupError as e:
        print("bare raise in the generator re-raised", repr(e))

r = reraiser()
next(r)
try:
    next(r)
except RuntimeError as e:
    print("RuntimeError", e)

x = raiser()
next(x)
try:
    raise TypeError("outer")
except TypeError:
    try:
        next(x)
    except ValueError as e:
        print("context of what the generator raised:", repr(e.__context__))

o = own_handler()
try:
    raise ZeroDivisionError("caller's")
except ZeroDivisionError:
    next(o)                   # its own KeyError comes first
    try:
        raise IndexError("another")
    except IndexError:
        next(o)               # back in its except block: still its own; then past it
show("end")

n = nested()
try:
    raise EOFError("for the delegate")
except EOFError:
    next(n)                   # two generators deep
    next(n)


def outer_gen():
    try:
        raise NameError("outer generator's")
    except NameError:
        inner = plain()
        yield next(inner)     # the inner generator sees the outer generator's


print(next(outer_gen()))
