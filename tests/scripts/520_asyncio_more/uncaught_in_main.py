# An error raised in a task awaited by main escapes asyncio.run with a traceback
import asyncio

async def parse(text):
    await asyncio.sleep(0.01)
    return int(text)

async def worker(items):
    total = 0
    for item in items:
        total += await parse(item)
        print("total", total)
    return total

async def main():
    t = asyncio.create_task(worker(["1", "2", "three", "4"]), name="worker")
    result = await t
    print(result)

asyncio.run(main())
