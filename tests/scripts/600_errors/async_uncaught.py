# An exception escaping a coroutine run by asyncio.run: the traceback includes asyncio's own frames.
import asyncio

async def fetch(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ConnectionError(f"fetch {n} failed")
    return n

async def main():
    for n in range(3):
        print("fetched", await fetch(n))

asyncio.run(main())
