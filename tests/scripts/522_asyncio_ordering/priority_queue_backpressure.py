# PriorityQueue(maxsize=2): producers block on put; a consumer always takes the smallest item present,
# so the output order depends on when items arrive
import asyncio


async def producer(q, name, items):
    for it in items:
        await q.put(it)
        print(name, "put", it)
    print(name, "finished")


async def consumer(q, n, out):
    for _ in range(n):
        it = await q.get()
        print("consumer took", it, "left", q.qsize())
        out.append(it)
        await asyncio.sleep(0.02 if it[0] < 3 else 0)


async def main():
    q = asyncio.PriorityQueue(maxsize=2)
    out = []
    ps = [
        asyncio.create_task(producer(q, "hi", [(1, "h1"), (2, "h2"), (1, "h3")])),
        asyncio.create_task(producer(q, "lo", [(5, "l1"), (4, "l2"), (6, "l3")])),
    ]
    c = asyncio.create_task(consumer(q, 6, out))
    await asyncio.gather(*ps, c)
    print("summary", [x[1] for x in out], q.empty())


asyncio.run(main())
