# async generators, async for, async comprehensions, asend/athrow/aclose
import asyncio
async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("ticker cleanup")
async def echo():
    val = None
    while True:
        try:
            got = yield val
        except KeyError as e:
            got = f"caught {e}"
        val = f"echo:{got}"
class AsyncRange:
    def __init__(self, n): self.n, self.i = n, 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    async for v in ticker(3):
        print("got", v)
    print([x async for x in ticker(4) if x % 2 == 0])
    print({x: x * x async for x in AsyncRange(3)})
    e = echo()
    print(await e.asend(None), await e.asend("hi"), await e.athrow(KeyError("k")))
    await e.aclose()
    t = ticker(10)
    print(await t.__anext__(), await anext(t))
    await t.aclose()
    try:
        await anext(AsyncRange(0))
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print(await anext(AsyncRange(0), "default"))
    print(type(ticker(1)).__name__)
    total = 0
    async for v in AsyncRange(5):
        if v == 4:
            break
        total += v
    print("total", total)
asyncio.run(main())
