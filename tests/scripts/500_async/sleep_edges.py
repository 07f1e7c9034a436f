# asyncio.sleep's edges: its result, a cancelled sleep (with and without a message), sleeping again after a
# cancellation (the old timer must not wake the new sleep), awaiting one sleep twice, and a cancelled timer at
# the head of the timer heap (it must not decide how long the loop waits).
import asyncio
import time


async def sleeper(name, delay, log):
    try:
        r = await asyncio.sleep(delay, result=name)
        log.append(("woke", r))
    except asyncio.CancelledError as e:
        log.append(("cancelled", e.args))
        await asyncio.sleep(0.5)
        log.append(("slept again", name))


async def main():
    print(await asyncio.sleep(0, "zero"), await asyncio.sleep(0.01, [1, 2]))
    log = []
    a = asyncio.create_task(sleeper("a", 1.0, log))
    b = asyncio.create_task(sleeper("b", 1.0, log))
    c = asyncio.create_task(sleeper("c", 0.2, log))
    await asyncio.sleep(0.1)
    print(a.cancel("stop a"), b.cancel(), a.cancel())
    await asyncio.sleep(0.3)
    print(log)
    await asyncio.gather(a, b, c)
    print(log)

    s = asyncio.sleep(0.01, "once")
    print(await s)
    try:
        await s
    except RuntimeError as e:
        print("RuntimeError:", e)

    loop = asyncio.get_running_loop()
    start = time.monotonic()
    h = loop.call_later(100, print, "never")
    h.cancel()
    await asyncio.sleep(0.05)
    print(round(time.monotonic() - start, 2) < 1)

    # the same double cancellation of a task waiting on a future: the future's message wins
    fut = loop.create_future()

    async def waiter():
        try:
            await fut
        except asyncio.CancelledError as e:
            print("future waiter cancelled", e.args)

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(t.cancel("m1"), t.cancel())
    await asyncio.sleep(0.01)


asyncio.run(main())
