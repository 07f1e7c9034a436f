# Cancelling a task that awaits another task which swallows the cancellation: the cancellation is forwarded to
# the inner task, and the outer one just gets the inner's return value
import asyncio


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner swallows")
    return "inner value"


async def outer():
    t = asyncio.create_task(inner())
    try:
        r = await t
        print("outer got", r, "cancelling", asyncio.current_task().cancelling())
        await asyncio.sleep(0)
        print("outer continues")
        return r
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def main():
    o = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    print("cancel ->", o.cancel())
    r = await o
    print("main got", r, o.cancelled(), o.cancelling())
    o2 = asyncio.create_task(outer())
    await asyncio.sleep(0)
    print("cancel before inner started ->", o2.cancel())
    try:
        print("main got", await o2)
    except asyncio.CancelledError:
        print("o2 cancelled", o2.cancelled())
    await asyncio.sleep(0.01)
    print("summary")


asyncio.run(main())
