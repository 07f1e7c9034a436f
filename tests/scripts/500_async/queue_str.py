# str() of asyncio queues shows their state as CPython's _format does (repr adds the address)
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    print(str(q))
    q.put_nowait(1)
    q.put_nowait("two")
    print(str(q), repr(q).startswith("<Queue at 0x"), repr(q).endswith("maxsize=2 _queue=[1, 'two'] tasks=2>"))
    putter = asyncio.create_task(q.put(3))
    await asyncio.sleep(0)
    print(str(q))
    q.get_nowait()
    q.task_done()
    await putter
    print(str(q))
    e = asyncio.Queue()
    getter = asyncio.create_task(e.get())
    await asyncio.sleep(0)
    print(str(e))
    getter.cancel()
    pq = asyncio.PriorityQueue()
    pq.put_nowait((2, "b"))
    pq.put_nowait((1, "a"))
    print(str(pq), str(asyncio.LifoQueue()))


asyncio.run(main())
