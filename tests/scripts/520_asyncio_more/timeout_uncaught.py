# TimeoutError from asyncio.timeout escapes asyncio.run
import asyncio

async def fetch(n):
    await asyncio.sleep(0.01 * n)
    print("fetched", n)
    return n

async def main():
    async with asyncio.timeout(0.035):
        for n in range(1, 5):
            await fetch(n)
    print("never")

asyncio.run(main())
