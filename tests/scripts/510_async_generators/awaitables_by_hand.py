# The awaitables an async generator's asend()/__anext__()/athrow()/aclose() return, driven by hand as a coroutine
# is: send(), throw(), close(), __next__, __await__ and __iter__; a value the generator yields ends the awaitable
# with StopIteration(value), a future it waits on is yielded to the driver, and a spent awaitable cannot be reused.
import asyncio
import types


async def counter():
    x = yield 1
    print("got", x)
    try:
        y = yield 2
        print("got", y)
    except KeyError as e:
        print("caught", repr(e))
        yield "recovered"
    z = yield 3
    print("got", z)
    yield 4


def step(awaitable, value=None):
    try:
        r = awaitable.send(value)
    except StopIteration as e:
        return "stop", e.value
    except StopAsyncIteration as e:
        return "end", repr(e)
    return "yielded", r


g = counter()
a = g.asend(None)
print(type(a).__name__, a.__await__() is a, iter(a) is a)
for name in ("send", "throw", "close", "__next__"):
    print(name, callable(getattr(a, name)))
print(step(a))
try:
    a.send(None)
except RuntimeError as e:
    print("reuse:", e)
print(step(g.asend("hello")))                 # resumes the first yield with "hello"
t = g.asend(None)
try:
    t.throw(KeyError("k"))
except StopIteration as e:
    print("throw ->", e.value)
try:
    next(g.__anext__())
except StopIteration as e:
    print("next ->", e.value)
print(step(g.asend(None), "sent to start"))   # a value sent to start replaces asend()'s None
print(step(g.asend(None)))

g2 = counter()
print(step(g2.__anext__()))
th = g2.athrow(ValueError("boom"))
try:
    th.send(None)
except ValueError as e:
    print("athrow raised", repr(e))
try:
    th.send(None)
except RuntimeError as e:
    print("reuse:", e)

g3 = counter()
print(step(g3.__anext__()))
c = g3.aclose()
print(step(c))
print(step(g3.asend(None)))

g4 = counter()
print(step(g4.__anext__()))
c4 = g4.aclose()
try:
    c4.throw(GeneratorExit)
except StopIteration as e:
    print("aclose throw ->", repr(e))


@types.coroutine
def suspend(v):
    return (yield v)


async def waits():
    got = await suspend("a future")
    yield got * 2


g5 = waits()
a5 = g5.asend(None)
print(a5.send(None))     # the generator waits: what it awaits is yielded to the driver
print(step(a5, 21))      # resumed: it yields 42, which ends the awaitable
a6 = g5.asend(None)
a6.close()
try:
    a6.send(None)
except RuntimeError as e:
    print("closed:", e)


async def main():
    g = counter()
    print(await g.asend(None), await g.asend("x"), await g.asend("y"))
    print(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("end", repr(e))


asyncio.run(main())


# a resume the generator refuses leaves it as it was; athrow()/aclose() of a finished generator give None;
# athrow()/aclose() started with a value are refused; a second awaitable cannot start while one is in progress
async def simple():
    try:
        x = yield 1
        print("body got", x)
        yield 2
    finally:
        print("body finally")


g = simple()
try:
    g.asend(None).send(7)
except TypeError as e:
    print("TypeError:", e)
print(step(g.asend(None)))
for make in (lambda: g.aclose(), lambda: g.athrow(KeyError)):
    aw = make()
    try:
        aw.send(5)
    except RuntimeError as e:
        print("RuntimeError:", e)
print(step(g.asend(None)))
print(step(g.aclose()))
print(step(g.athrow(ValueError)), step(g.aclose()), step(g.asend(None)))


async def waits_twice():
    got = await suspend("first")
    yield got


g = waits_twice()
first = g.asend(None)
print(first.send(None))
for make in (lambda: g.asend(None), g.__anext__, lambda: g.athrow(KeyError), g.aclose):
    try:
        make().send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
print(step(first, "resumed"))
