# async generators: async for, anext/asend/athrow/aclose, finally blocks, StopAsyncIteration rules, anext() with a default
import asyncio
async def agen(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("agen finally")
async def main():
    async for x in agen(3):
        print("got", x)
    print([x async for x in agen(2)])
    g = agen(5)
    print(type(g).__name__, g.__name__, g.__qualname__, type(g.__anext__()).__name__, g.__aiter__() is g)
    print(await g.__anext__(), await g.asend(None))
    try:
        await g.athrow(ValueError("boom"))
    except ValueError as e:
        print("athrow ->", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    print(await g.aclose())
    async def ignores():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    h = ignores()
    await h.__anext__()
    try:
        await h.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async def echo():
        v = None
        while True:
            v = yield v
    e = echo()
    print(await e.asend(None), await e.asend(5), await e.asend("x"))
    await e.aclose()
    try:
        await e.asend(1)
    except StopAsyncIteration:
        print("closed echo")
    async def raises():
        yield 1
        raise StopAsyncIteration
    try:
        async for _ in raises(): pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    async def sq(it):
        async for x in it:
            yield x * x
    print([x async for x in sq(agen(4))])
    g2 = agen(2)
    print(await anext(g2), await anext(g2), await anext(g2, "default"))
asyncio.run(main())
