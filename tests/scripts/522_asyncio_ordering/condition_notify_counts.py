# Condition: notify(2), notify(1), notify_all wake waiters in FIFO order; each re-acquires the lock in turn
import asyncio


async def waiter(cond, name, log):
    async with cond:
        print(name, "waiting")
        await cond.wait()
        print(name, "woken, holds lock", cond.locked())
        log.append(name)
        await asyncio.sleep(0)
        print(name, "releasing")


async def main():
    cond = asyncio.Condition()
    log = []
    ts = [asyncio.create_task(waiter(cond, f"w{i}", log)) for i in range(6)]
    await asyncio.sleep(0)
    async with cond:
        print("notify(2)")
        cond.notify(2)
        await asyncio.sleep(0)
        print("main still holds lock, woken so far", log)
    await asyncio.sleep(0.01)
    print("after first batch", log)
    async with cond:
        print("notify(1) twice")
        cond.notify(1)
        cond.notify(1)
    await asyncio.sleep(0.01)
    print("after second batch", log)
    async with cond:
        print("notify(0) does nothing")
        cond.notify(0)
    await asyncio.sleep(0.01)
    print("after notify(0)", log)
    async with cond:
        print("notify_all")
        cond.notify_all()
    await asyncio.gather(*ts)
    print("summary", log, cond.locked())


asyncio.run(main())
