# Async generator pipeline with async comprehensions and aclose
import asyncio

async def ticker(n, delay=0.01):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

async def squares(src):
    async for x in src:
        yield x * x

async def counting():
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print("counting closed")

async def main():
    print([x async for x in squares(ticker(5))])
    print({x: x % 3 async for x in ticker(4) if x})
    print([await asyncio.sleep(0.01, result=x) for x in range(3)])
    gen = counting()
    print(await gen.__anext__(), await anext(gen), await anext(gen))
    await gen.aclose()
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("exhausted")
    print(await anext(ticker(0), "default"))

asyncio.run(main())
