# asyncio.PriorityQueue (heapq's order, also for keys that compare equal) and LifoQueue, bounded and awaited
import asyncio
import random


async def main():
    random.seed(7)
    pq = asyncio.PriorityQueue()
    items = [(random.randint(0, 5), i, f"job{i}") for i in range(30)]
    for it in items:
        pq.put_nowait(it)
    out = [pq.get_nowait() for _ in range(pq.qsize())]
    print(out == sorted(items), out[:5])

    class Key:
        def __init__(self, p, tag):
            self.p, self.tag = p, tag

        def __lt__(self, other):
            return self.p < other.p

    keyed = asyncio.PriorityQueue()
    for i in range(12):
        keyed.put_nowait(Key(i % 3, i))
    print([(k.p, k.tag) for k in [keyed.get_nowait() for _ in range(12)]])
    lq = asyncio.LifoQueue(maxsize=3)
    for i in range(3):
        await lq.put(i)
    print(lq.full(), [lq.get_nowait() for _ in range(3)], lq.empty())
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    bounded = asyncio.PriorityQueue(maxsize=1)
    bounded.put_nowait(5)
    try:
        bounded.put_nowait(1)
    except asyncio.QueueFull:
        print("QueueFull")

    async def consumer(q, out):
        while True:
            item = await q.get()
            out.append(item)
            q.task_done()

    q = asyncio.PriorityQueue()
    out = []
    task = asyncio.create_task(consumer(q, out))
    for p in (3, 1, 2):
        await q.put(p)
    await q.join()
    task.cancel()
    print(out, type(q).__name__, type(lq).__name__, q.qsize())


asyncio.run(main())
