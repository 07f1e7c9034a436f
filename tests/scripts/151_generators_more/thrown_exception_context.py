# The __context__ of an exception thrown into a generator is only what the
# generator itself handles (CPython: _gen_throw restores it unchained, then
# _PyErr_ChainStackItem), while close() raises GeneratorExit where it is called,
# so the caller's exception is its context unless the generator has one of its
# own. A context chain that is already a cycle does not hang a new raise.
import asyncio
import sys


def plain():
    yield


def own():
    try:
        raise KeyError("own")
    except KeyError:
        yield


started, fresh, handling = plain(), plain(), own()
next(started)
next(handling)
try:
    raise OSError("caller")
except OSError:
    for gen in (started, fresh, handling):
        try:
            gen.throw(ValueError("thrown"))
        except ValueError as e:
            print("thrown in, context:", repr(e.__context__))


def closer():
    try:
        yield
    except GeneratorExit as e:
        print("close() context:", repr(e.__context__))
        raise


def closer_with_own():
    try:
        raise LookupError("its own")
    except LookupError:
        try:
            yield
        except GeneratorExit as e:
            print("close() context with its own:", repr(e.__context__))
            raise


for make in (closer, closer_with_own):
    c = make()
    next(c)
    try:
        raise OSError("closing caller")
    except OSError:
        c.close()


def delegate():
    yield from plain_catching()


def plain_catching():
    try:
        yield
    except ValueError as e:
        print("through yield from, context:", repr(e.__context__))
        yield "caught"


d = delegate()
next(d)
try:
    raise OSError("delegating caller")
except OSError:
    print(d.throw(ValueError("deep")))

# a cycle already in the context chain of the exception being handled
a = ValueError("a")
b = ValueError("b")
a.__context__ = b
b.__context__ = a
try:
    try:
        raise a
    except ValueError:
        raise TypeError("new")
except TypeError as e:
    print("over a cycle:", repr(e.__context__), repr(e.__context__.__context__))


async def agen():
    try:
        yield 1
    except ZeroDivisionError as e:
        print("athrow() context:", repr(e.__context__))
        yield 2
    finally:
        print("aclose() runs finally with", repr(sys.exception()), repr(sys.exception().__context__))


async def main():
    ag = agen()
    await ag.__anext__()
    try:
        raise OSError("async caller")
    except OSError:
        print(await ag.athrow(ZeroDivisionError("z")))
        await ag.aclose()


asyncio.run(main())
