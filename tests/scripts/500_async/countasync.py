# The document's countasync.py pattern: three gathered coroutines print One One One, sleep 1 s together, then Two Two Two.
import asyncio
import time

async def count():
    print("One")
    await asyncio.sleep(1)
    print("Two")

async def main():
    await asyncio.gather(count(), count(), count())

if __name__ == "__main__":
    s = time.perf_counter()
    asyncio.run(main())
    elapsed = time.perf_counter() - s
    print(f"{__file__} executed.", type(elapsed).__name__, elapsed >= 0)
