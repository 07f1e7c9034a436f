# Real Python asyncio walkthrough: coroutines, gather ordering, create_task, wait_for timeout, queues
import asyncio
async def count(name, delay):
    print(f"{name}: One")
    await asyncio.sleep(delay)
    print(f"{name}: Two")
    return f"{name} done"
async def main():
    results = await asyncio.gather(count("a", 0.1), count("b", 0.05), count("c", 0.15))
    print(results)
    task = asyncio.create_task(count("task", 0.01))
    print("task created", task.done())
    print(await task, task.done(), task.result())
    async def slow():
        await asyncio.sleep(10)
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except asyncio.TimeoutError:
        print("timed out")
    q = asyncio.Queue()
    async def producer(n):
        for i in range(n):
            await q.put(i)
            await asyncio.sleep(0.01)
        await q.put(None)
    async def consumer():
        total = 0
        while (item := await q.get()) is not None:
            total += item
        return total
    _, total = await asyncio.gather(producer(5), consumer())
    print("consumed total", total)
    async def fails():
        await asyncio.sleep(0.01)
        raise ValueError("boom")
    res = await asyncio.gather(fails(), count("d", 0.02), return_exceptions=True)
    print([type(r).__name__ for r in res])
    async def agen(n):
        for i in range(n):
            await asyncio.sleep(0)
            yield i * i
    print([x async for x in agen(4)])
    print(asyncio.iscoroutinefunction(count), type(count("z", 0)).__name__ if False else "ok")
asyncio.run(main())
