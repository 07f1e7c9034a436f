# wait_for when the task awaiting it is cancelled: the inner is cancelled and awaited; even when the inner
# swallows the cancellation and returns a value, the caller still gets CancelledError
import asyncio


async def inner(swallow):
    try:
        await asyncio.sleep(1)
        return "normal"
    except asyncio.CancelledError:
        print("inner cancelled, swallow =", swallow)
        await asyncio.sleep(0.02)
        print("inner cleanup done")
        if swallow:
            return "swallowed"
        raise


async def caller(swallow):
    try:
        r = await asyncio.wait_for(inner(swallow), 0.5)
        print("caller got", r)
        return r
    except asyncio.CancelledError:
        print("caller cancelled")
        raise


async def main():
    for swallow in (False, True):
        t = asyncio.create_task(caller(swallow))
        await asyncio.sleep(0.02)
        t.cancel()
        try:
            print("result", await t)
        except asyncio.CancelledError:
            print("t cancelled", t.cancelled())
    print("summary")


asyncio.run(main())
