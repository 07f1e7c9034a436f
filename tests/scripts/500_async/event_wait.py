# asyncio.Event: waiters block until set() and wake in the order they waited; wait() on a set event returns at once; clear().
import asyncio

async def waiter(name, ev):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "released", r)

async def setter(ev):
    await asyncio.sleep(0.1)
    print("setting event")
    ev.set()
    print("set done, is_set", ev.is_set())

async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    await asyncio.gather(waiter("w1", ev), waiter("w2", ev), setter(ev), waiter("w3", ev))
    await waiter("late", ev)
    ev.clear()
    print(ev.is_set())
    t = asyncio.create_task(waiter("again", ev))
    await asyncio.sleep(0.01)
    ev.set()
    await t

asyncio.run(main())
