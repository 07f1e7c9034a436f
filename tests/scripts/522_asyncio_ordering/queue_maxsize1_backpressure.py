# Queue(maxsize=1): two producers blocked on put hand off to one consumer; the order of puts and gets
import asyncio


async def producer(q, name, items):
    for it in items:
        print(name, "putting", it)
        await q.put(it)
        print(name, "put", it, "size", q.qsize())
    print(name, "done")


async def consumer(q, name, n):
    got = []
    for _ in range(n):
        it = await q.get()
        print(name, "got", it, "full", q.full())
        got.append(it)
        q.task_done()
        await asyncio.sleep(0)
    return got


async def main():
    q = asyncio.Queue(maxsize=1)
    p1 = asyncio.create_task(producer(q, "P1", [1, 2, 3]))
    p2 = asyncio.create_task(producer(q, "P2", [10, 20]))
    c = asyncio.create_task(consumer(q, "C", 5))
    await asyncio.gather(p1, p2)
    print("producers finished")
    got = await c
    await q.join()
    print("summary", got, q.empty(), q.full())


asyncio.run(main())
