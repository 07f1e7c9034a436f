# A task that swallows cancellation, uncancel() and continuing
import asyncio

async def stubborn():
    for i in range(3):
        try:
            await asyncio.sleep(0.05)
            print("slept", i)
        except asyncio.CancelledError:
            task = asyncio.current_task()
            print("ignoring cancel", i, task.cancelling())
            print("uncancel ->", task.uncancel())
    return "survived"

async def main():
    t = asyncio.create_task(stubborn(), name="stubborn")
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.sleep(0.1)
    t.cancel()
    print(await t)
    print(t.cancelled(), t.cancelling())

asyncio.run(main())
