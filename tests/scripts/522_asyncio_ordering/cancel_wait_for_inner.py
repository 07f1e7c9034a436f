# wait_for: on timeout the inner task is cancelled and awaited before TimeoutError is raised;
# cancelling the outer task cancels the inner one too
import asyncio


async def inner(name, d, log):
    try:
        await asyncio.sleep(d)
        log.append(name + " done")
        return name
    except asyncio.CancelledError:
        print(name, "inner cancelled")
        log.append(name + " cancelled")
        await asyncio.sleep(0)
        print(name, "inner cleanup finished")
        raise


async def outer(log):
    try:
        return await asyncio.wait_for(inner("o", 0.2, log), 0.1)
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def main():
    log = []
    try:
        await asyncio.wait_for(inner("t1", 0.1, log), 0.04)
    except TimeoutError as e:
        print("TimeoutError", type(e).__name__, log)
    task = asyncio.create_task(inner("t2", 0.1, log))
    try:
        await asyncio.wait_for(task, 0.04)
    except asyncio.TimeoutError:
        print("task", task.cancelled(), task.done())
    print(await asyncio.wait_for(inner("t3", 0.02, log), 0.08))
    o = asyncio.create_task(outer(log))
    await asyncio.sleep(0.04)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("o cancelled", o.cancelled())
    print("summary", log)


asyncio.run(main())
