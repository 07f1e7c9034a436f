# Producer/consumer with Queue, task_done and join; workers cancelled at the end
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
        await asyncio.sleep(0.01)

async def consumer(name, q, results):
    while True:
        item = await q.get()
        await asyncio.sleep(0.025)
        results.append((name, item))
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    results = []
    workers = [asyncio.create_task(consumer(f"w{i}", q, results), name=f"w{i}") for i in range(2)]
    await producer(q, 6)
    await q.join()
    print("joined", q.qsize(), q.empty(), q.full())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(sorted(item for _, item in results))
    print(len(results))

asyncio.run(main())
