# asyncio.Queue: FIFO put/get, qsize/empty, put_nowait/get_nowait, QueueEmpty, and a getter waiting for a later put.
import asyncio

async def late_put(q):
    await asyncio.sleep(0.05)
    print("putting late item")
    await q.put("late")

async def main():
    q = asyncio.Queue()
    print(q.empty(), q.qsize())
    for i in range(3):
        await q.put(i)
    q.put_nowait("x")
    print(q.qsize(), q.empty(), q.full())
    print([await q.get() for _ in range(3)], q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")
    t = asyncio.create_task(late_put(q))
    print("waiting for item")
    print("got", await q.get())
    await t

asyncio.run(main())
