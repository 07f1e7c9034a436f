# Gathered coroutines sleeping 30, 5, 20 and 10 seconds wake shortest first; results keep argument order.
import asyncio

async def nap(seconds):
    print(f"nap {seconds} s")
    await asyncio.sleep(seconds)
    print(f"woke from {seconds} s")
    return seconds * 2

async def main():
    results = await asyncio.gather(nap(30), nap(5), nap(20), nap(10))
    print(results, sum(results))

asyncio.run(main())
