# Cancelling a task in Condition.wait(): the lock is re-acquired before CancelledError reaches the task,
# even when another task holds the lock at that moment
import asyncio


async def waiter(cond, name):
    async with cond:
        try:
            print(name, "waiting")
            await cond.wait()
            print(name, "notified")
        except asyncio.CancelledError:
            print(name, "got CancelledError, holds lock:", cond.locked())
            raise
        finally:
            print(name, "leaving block")
    print(name, "out")


async def main():
    cond = asyncio.Condition()
    a = asyncio.create_task(waiter(cond, "a"))
    b = asyncio.create_task(waiter(cond, "b"))
    await asyncio.sleep(0)
    async with cond:
        print("main holds lock, cancels a")
        a.cancel()
        await asyncio.sleep(0.02)
        print("main still holding, a done?", a.done())
    print("main released")
    try:
        await a
    except asyncio.CancelledError:
        print("a cancelled", a.cancelled())
    async with cond:
        cond.notify()
    await b
    print("summary", a.cancelled(), b.done(), cond.locked())


asyncio.run(main())
