# asyncio.Queue producer/consumer with sentinel shutdown, task_done/join, bounded queue
import asyncio
async def producer(q, name, n):
    for i in range(n):
        await q.put(f"{name}-{i}")
        print("put", name, i, q.qsize())
    await q.put(None)
async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        out.append(item.upper())
        await asyncio.sleep(0)
async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, "p", 4), consumer(q, out))
    print(out, q.empty())
    q2 = asyncio.Queue()
    for i in range(5):
        q2.put_nowait(i)
    total = []
    async def summer():
        while not q2.empty():
            v = await q2.get()
            total.append(v)
            q2.task_done()
    await asyncio.gather(summer(), summer())
    await q2.join()
    print(sorted(total), q2.qsize())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q3 = asyncio.Queue(1)
    q3.put_nowait("x")
    try:
        q3.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull", q3.full())
    pq = asyncio.PriorityQueue()
    for p in [3, 1, 2]:
        await pq.put((p, f"job{p}"))
    print([(await pq.get())[1] for _ in range(3)])
    lq = asyncio.LifoQueue()
    for p in "abc":
        lq.put_nowait(p)
    print("".join([lq.get_nowait() for _ in range(3)]))
asyncio.run(main())
