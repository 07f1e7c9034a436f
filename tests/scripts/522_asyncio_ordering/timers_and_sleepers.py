# call_later / call_at timers interleaved with sleeping tasks; a timer that schedules more work
import asyncio


async def sleeper(name, d):
    print(name, "sleeps")
    await asyncio.sleep(d)
    print(name, "woke")
    return name


async def main():
    loop = asyncio.get_running_loop()
    events = []

    def cb(name):
        print("timer", name)
        events.append(name)

    def chain():
        print("timer chain")
        loop.call_soon(cb, "soon-from-chain")
        loop.call_later(0.04, cb, "later-from-chain")

    t0 = loop.time()
    loop.call_at(t0 + 0.16, cb, "at-160")
    loop.call_later(0.04, cb, "later-40")
    h = loop.call_later(0.08, cb, "later-80-cancelled")
    loop.call_later(0.10, chain)
    specs = [("s60", 0.06), ("s20", 0.02), ("s120", 0.12), ("s0", 0)]
    tasks = [asyncio.create_task(sleeper(n, d)) for n, d in specs]
    loop.call_soon(cb, "soon")
    h.cancel()
    print("main waiting")
    done = []
    for coro in asyncio.as_completed(tasks):
        done.append(await coro)
    print("completion order", done)
    await asyncio.sleep(0.1)
    print("summary", events)


asyncio.run(main())
