# asyncio.sleep(0) yields to the loop once, so tasks interleave step by step in the order they were started.
import asyncio

async def worker(name, steps):
    for i in range(steps):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "done")

async def main():
    await asyncio.gather(worker("A", 3), worker("B", 5), worker("C", 1))

asyncio.run(main())
