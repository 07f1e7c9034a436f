# loop.call_soon / call_later / call_at ordering and TimerHandle.cancel
import asyncio

def cb(tag, *args):
    print("cb", tag, args)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.03, cb, "later-30")
    loop.call_later(0.01, cb, "later-10")
    h = loop.call_later(0.02, cb, "cancelled")
    loop.call_at(loop.time() + 0.04, cb, "at-40", 1, 2)
    loop.call_soon(cb, "soon-1")
    loop.call_soon(cb, "soon-2", "x")
    print(h.cancelled())
    h.cancel()
    print(h.cancelled())
    print("before sleep")
    await asyncio.sleep(0)
    print("after sleep 0")
    await asyncio.sleep(0.06)
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "future value")
    print(await fut)
    print(fut.done(), fut.result())

asyncio.run(main())
