# Cancelling tasks blocked in Queue.get() and in Queue.put() on a full queue; items are neither lost nor duplicated
import asyncio


async def getter(q, name):
    try:
        item = await q.get()
        print(name, "got", item)
        return item
    except asyncio.CancelledError:
        print(name, "get cancelled")
        raise


async def putter(q, name, item):
    try:
        await q.put(item)
        print(name, "put", item)
        return item
    except asyncio.CancelledError:
        print(name, "put cancelled, qsize", q.qsize())
        raise


async def main():
    q = asyncio.Queue()
    g = [asyncio.create_task(getter(q, f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    g[0].cancel()
    await asyncio.sleep(0)
    q.put_nowait("one")
    g[1].cancel()  # woken for "one" but cancelled before running: the item goes to g2
    res = await asyncio.gather(*g, return_exceptions=True)
    print([r if isinstance(r, str) else type(r).__name__ for r in res], "qsize", q.qsize())

    full = asyncio.Queue(maxsize=1)
    full.put_nowait("first")
    p = [asyncio.create_task(putter(full, f"p{i}", f"item{i}")) for i in range(3)]
    await asyncio.sleep(0)
    p[0].cancel()
    await asyncio.sleep(0)
    print("taken", full.get_nowait())
    p[1].cancel()
    await asyncio.sleep(0.01)
    res = await asyncio.gather(*p, return_exceptions=True)
    print([r if isinstance(r, str) else type(r).__name__ for r in res])
    left = []
    while not full.empty():
        left.append(full.get_nowait())
    print("summary", left, full.qsize())


asyncio.run(main())
