# Condition.wait cancelled twice: once while waiting and again while re-acquiring the lock; the task still ends
# up holding the lock, and the CancelledError that escapes depends on which cancellation came last
import asyncio


async def waiter(cond, name):
    async with cond:
        try:
            await cond.wait()
            print(name, "notified")
        except asyncio.CancelledError as e:
            print(name, "CancelledError", e.args, "locked", cond.locked(), "cancelling", asyncio.current_task().cancelling())
            raise
    print(name, "left the block")


async def main():
    cond = asyncio.Condition()
    a = asyncio.create_task(waiter(cond, "a"))
    b = asyncio.create_task(waiter(cond, "b"))
    c = asyncio.create_task(waiter(cond, "c"))
    await asyncio.sleep(0)
    async with cond:
        a.cancel("first")
        await asyncio.sleep(0)
        a.cancel("second")  # a is now blocked re-acquiring the lock
        b.cancel("only")
        cond.notify(1)      # c is notified while b is cancelled
        await asyncio.sleep(0.02)
        print("main releasing")
    for t in (a, b, c):
        try:
            r = await t
            print("result", r)
        except asyncio.CancelledError as e:
            print("task ended cancelled", e.args)
    print("summary", [t.cancelled() for t in (a, b, c)], cond.locked())


asyncio.run(main())
