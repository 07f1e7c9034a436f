# asyncio.run returns the coroutine's value, can be called again afterwards, and calling an async def makes a coroutine.
import asyncio

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

async def nothing():
    pass

coro = add(1, 2)
print(type(coro).__name__)
print(asyncio.run(coro))
print(asyncio.run(add("x", "y")))
print(asyncio.run(nothing()))
async def pair():
    return await add(1, 1), await add(2, 2)
print(asyncio.run(pair()))
