# PriorityQueue and LifoQueue ordering, get_nowait/put_nowait errors
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for prio, name in [(3, "low"), (1, "high"), (2, "mid"), (1, "also-high")]:
        pq.put_nowait((prio, name))
    while not pq.empty():
        print(await pq.get())
    lq = asyncio.LifoQueue(maxsize=3)
    for i in range(3):
        lq.put_nowait(i)
    try:
        lq.put_nowait(99)
    except asyncio.QueueFull:
        print("full", lq.qsize(), lq.maxsize)
    print([lq.get_nowait() for _ in range(3)])
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")
    q = asyncio.Queue()
    async def late_put():
        await asyncio.sleep(0.02)
        await q.put("hello")
    t = asyncio.create_task(late_put())
    print(await q.get())
    await t
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
