# asyncio.timeout expiring while the task is also cancelled from outside: CancelledError wins over TimeoutError;
# a TaskGroup whose parent is cancelled cancels its children and lets CancelledError through (the group's
# tasks are a set, so the children's cancellations are logged and printed sorted)
import asyncio

log = []


async def guarded():
    try:
        async with asyncio.timeout(0.02):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("sleep cancelled, cancelling", asyncio.current_task().cancelling())
                await asyncio.sleep(0.04)
                print("cleanup done")
                raise
    except TimeoutError:
        print("TimeoutError (not expected)")
    except asyncio.CancelledError:
        print("CancelledError escapes timeout block, cancelling", asyncio.current_task().cancelling())
        raise


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise


async def grouped():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("k1"))
            tg.create_task(child("k2"))
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("group parent cancelled", sorted(log))
        raise


async def main():
    g = asyncio.create_task(guarded())
    await asyncio.sleep(0.04)  # the timeout fired at 0.02, cleanup is still sleeping
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("g cancelled", g.cancelled())
    t = asyncio.create_task(grouped())
    await asyncio.sleep(0.02)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("t cancelled", t.cancelled())
    print("summary")


asyncio.run(main())
