# Pipeline of stages connected by queues, ended with sentinels
import asyncio

STOP = object()

async def source(out):
    for word in ["alpha", "beta", "gamma", "delta"]:
        await asyncio.sleep(0.01)
        await out.put(word)
    await out.put(STOP)

async def upper(inp, out):
    while (item := await inp.get()) is not STOP:
        await out.put(item.upper())
        inp.task_done()
    inp.task_done()
    await out.put(STOP)

async def sink(inp):
    got = []
    while True:
        item = await inp.get()
        inp.task_done()
        if item is STOP:
            break
        print("sink", item)
        got.append(item)
    return got

async def main():
    q1, q2 = asyncio.Queue(), asyncio.Queue(1)
    _, _, got = await asyncio.gather(source(q1), upper(q1, q2), sink(q2))
    print(got, q1.qsize(), q2.qsize())
    await q1.join()
    await q2.join()
    print("all joined")

asyncio.run(main())
