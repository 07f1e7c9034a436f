# loop.call_soon callbacks interleaved with task steps, and callbacks scheduled from callbacks
import asyncio


def cb(name):
    print("cb", name)


async def worker(name, loop):
    print(name, "step 0")
    loop.call_soon(cb, name + "-from-step0")
    await asyncio.sleep(0)
    print(name, "step 1")
    loop.call_soon(cb, name + "-from-step1")
    await asyncio.sleep(0)
    print(name, "step 2")
    return name


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "pre-1")
    t1 = asyncio.create_task(worker("T1", loop))
    loop.call_soon(cb, "pre-2")
    t2 = asyncio.create_task(worker("T2", loop))
    loop.call_soon(cb, "pre-3")
    print("main before gather")
    res = await asyncio.gather(t1, t2)
    print("main after gather", res)

    def outer():
        print("outer")
        loop.call_soon(cb, "inner")

    loop.call_soon(outer)
    loop.call_soon(cb, "sibling")
    h = loop.call_soon(cb, "cancelled-handle")
    h.cancel()
    await asyncio.sleep(0)
    print("main after sleep0 #1")
    await asyncio.sleep(0)
    print("main after sleep0 #2")
    print("summary", h.cancelled())


asyncio.run(main())
