# LifoQueue and PriorityQueue with several blocked getters: which getter receives which item
import asyncio


async def getter(q, name, out):
    item = await q.get()
    print(name, "got", item)
    out.append((name, item))


async def run(qcls, items):
    print("--", qcls.__name__)
    q = qcls()
    out = []
    gs = [asyncio.create_task(getter(q, f"g{i}", out)) for i in range(3)]
    await asyncio.sleep(0)
    for it in items[:2]:
        q.put_nowait(it)
        print("put", it, "qsize", q.qsize())
    await asyncio.sleep(0)
    print("after first yield qsize", q.qsize())
    for it in items[2:]:
        q.put_nowait(it)
    await asyncio.gather(*gs)
    rest = []
    while not q.empty():
        rest.append(q.get_nowait())
    print("left over", rest)
    return out


async def main():
    a = await run(asyncio.LifoQueue, [1, 2, 3, 4, 5])
    b = await run(asyncio.PriorityQueue, [(5, "e"), (1, "a"), (3, "c"), (2, "b"), (4, "d")])
    c = await run(asyncio.Queue, ["x", "y", "z", "w"])
    print("summary", a, b, c)


asyncio.run(main())
