# Who runs first: callbacks queued with call_soon before/after set_result, tasks woken by the future,
# and a task that was already ready with sleep(0)
import asyncio


async def waiter(name, fut):
    print(name, "awaits")
    v = await fut
    print(name, "resumed with", v)


async def spinner():
    for i in range(3):
        print("spinner", i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    a = asyncio.create_task(waiter("a", fut))
    s = asyncio.create_task(spinner())
    b = asyncio.create_task(waiter("b", fut))
    await asyncio.sleep(0)
    print("main: queue before")
    loop.call_soon(print, "soon before set_result")
    fut.set_result(1)
    loop.call_soon(print, "soon after set_result")
    fut.add_done_callback(lambda f: print("done-callback added late"))
    print("main: yielding")
    await asyncio.sleep(0)
    print("main: back")
    await asyncio.gather(a, b, s)

    f2 = loop.create_future()
    loop.call_soon(f2.set_result, "via call_soon")
    loop.call_soon(print, "queued right after")
    print("main awaits f2:", await f2)
    f3 = loop.create_future()
    loop.call_later(0.02, f3.set_result, "via call_later")
    loop.call_later(0.04, print, "timer after f3")
    print("main awaits f3:", await f3)
    await asyncio.sleep(0.04)
    print("summary", fut.result(), f2.result(), f3.result())


asyncio.run(main())
