# async cancellation variants: gather failure leaves siblings running, swallowed cancel, consumer stop
import asyncio
async def fail_soon():
    await asyncio.sleep(0.001)
    raise ValueError("a failed")
async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("sleeper cancelled")
        raise
async def swallow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("swallowed")
        return "ret"
async def main():
    t = asyncio.create_task(sleeper())
    try:
        await asyncio.gather(fail_soon(), t)
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0)
    print(t.cancelled(), t.done())
    t.cancel()
    await asyncio.sleep(0)
    print(t.cancelled())
    s = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())
    q = asyncio.Queue()
    async def consumer():
        try:
            while True:
                print("got", await q.get())
        except asyncio.CancelledError:
            print("consumer stop")
    c = asyncio.create_task(consumer())
    for i in range(3):
        await q.put(i)
    await asyncio.sleep(0)
    c.cancel()
    print(await asyncio.gather(c, return_exceptions=True))
    w = asyncio.create_task(asyncio.wait_for(asyncio.Event().wait(), 0.001))
    try:
        await w
    except TimeoutError as e:
        print("timeout", type(e).__name__)
    print(await asyncio.gather(*[asyncio.sleep(0, i) for i in range(3)]))
asyncio.run(main())
