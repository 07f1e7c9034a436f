# gather: results keep argument order while prints show completion order; gather() with no arguments; gather of tasks.
import asyncio

async def work(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("finish", name)
    return name

async def main():
    results = await asyncio.gather(work("slow", 0.3), work("fast", 0.1), work("mid", 0.2))
    print(results)
    print(await asyncio.gather())
    t1 = asyncio.create_task(work("t1", 0.2))
    t2 = asyncio.create_task(work("t2", 0.1))
    print(await asyncio.gather(t1, t2, work("c", 0)))

asyncio.run(main())
