# Task.cancelling() counts cancel() requests, uncancel() decrements and never goes below zero; a request made while
# the task is done does not count
import asyncio


async def patient():
    for i in range(3):
        try:
            await asyncio.sleep(0.02)
        except asyncio.CancelledError:
            me = asyncio.current_task()
            print("caught, cancelling =", me.cancelling())
            print("uncancel ->", me.uncancel(), "and again ->", me.uncancel())
    return "finished"


async def main():
    t = asyncio.create_task(patient())
    print("start:", t.cancelling(), t.uncancel())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel("second")
    t.cancel()
    print("three requests:", t.cancelling())
    print(await t)
    print("after:", t.cancelling(), t.cancel(), t.cancelling())
    me = asyncio.current_task()
    print("main:", me.cancelling(), me.uncancel())


asyncio.run(main())
