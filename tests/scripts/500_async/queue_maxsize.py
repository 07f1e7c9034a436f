# A bounded asyncio.Queue(maxsize=2) makes the producer wait for the consumer; a None sentinel ends consumption.
import asyncio

async def producer(q):
    for i in range(5):
        print("put", i, "qsize", q.qsize(), "full", q.full())
        await q.put(i)
        print("put done", i)
    await q.put(None)
    print("producer done")

async def consumer(q):
    while (item := await q.get()) is not None:
        print("got", item)
        await asyncio.sleep(0)
    print("consumer done")

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize)
    await asyncio.gather(producer(q), consumer(q))
    print(q.empty(), q.full())
    try:
        full = asyncio.Queue(1)
        full.put_nowait(1)
        full.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull raised")

asyncio.run(main())
