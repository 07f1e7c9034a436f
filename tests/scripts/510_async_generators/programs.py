# async generators in programs: asynccontextmanager, async comprehensions of every kind, pipelines, gather and cancellation
import asyncio
from contextlib import asynccontextmanager

async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

@asynccontextmanager
async def resource(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)

async def failing():
    yield 1
    raise ValueError("inside")

async def main():
    async with resource("db") as r:
        print("using", r)
    try:
        async with resource("net"):
            raise KeyError("oops")
    except KeyError as e:
        print("caught", e)
    print([i async for i in ticker(3, 0.01)])
    print({i: i * i async for i in ticker(3, 0)}, {i async for i in ticker(2, 0)})
    gen = (i * 10 async for i in ticker(3, 0))
    print(type(gen).__name__, [x async for x in gen])
    print([x + y async for x in ticker(2, 0) for y in range(2) if y])
    try:
        async for v in failing():
            print("v", v)
    except ValueError as e:
        print("ValueError", e)
    results = await asyncio.gather(*[collect(ticker(3, 0.01 * k)) for k in range(3)])
    print(results)
    t = asyncio.create_task(collect(ticker(100, 0.01)))
    await asyncio.sleep(0.035)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
    async def pipeline():
        async for x in ticker(4, 0):
            if x % 2:
                yield x
    print([y async for y in pipeline()])
    def sync_maker():
        return (x async for x in ticker(2, 0))
    print([x async for x in sync_maker()])

async def collect(agen):
    out = []
    async for x in agen:
        out.append(x)
    return out

asyncio.run(main())
