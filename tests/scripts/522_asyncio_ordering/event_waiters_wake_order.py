# Event: many waiters wake in the order they started waiting; set() then clear() at once still wakes them;
# late waiters after clear() block again
import asyncio


async def waiter(name, ev, log):
    print(name, "waits")
    r = await ev.wait()
    print(name, "woke", r, "is_set", ev.is_set())
    log.append(name)


async def main():
    ev = asyncio.Event()
    log = []
    ts = [asyncio.create_task(waiter(f"w{i}", ev, log)) for i in (3, 1, 4, 0, 2)]
    await asyncio.sleep(0)
    print("set then clear")
    ev.set()
    ev.clear()
    ts.append(asyncio.create_task(waiter("late", ev, log)))
    await asyncio.sleep(0)
    print("after one yield", log)
    await asyncio.sleep(0)
    print("after two yields", log)
    asyncio.get_running_loop().call_later(0.02, ev.set)
    await ts[-1]
    print("late done", log)
    print("already set returns at once:", await ev.wait())
    print("summary", log, [t.done() for t in ts])


asyncio.run(main())
