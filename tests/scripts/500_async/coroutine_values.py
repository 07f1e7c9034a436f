# Coroutines returning values: awaits inside expressions, chains of awaits, returning tuples and None.
import asyncio

async def square(x):
    await asyncio.sleep(0.01)
    return x * x

async def total(xs):
    s = 0
    for x in xs:
        s += await square(x)
    return s

async def nothing():
    await asyncio.sleep(0)

async def main():
    a = await square(3) + await square(4)
    print(a)
    print(await total([1, 2, 3]))
    print(await nothing())
    results = [await square(i) for i in range(4)]
    print(results)
    print(await asyncio.sleep(0.01, result="sleep result"))

asyncio.run(main())
