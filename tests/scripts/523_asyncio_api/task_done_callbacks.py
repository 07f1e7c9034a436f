# Done callbacks on tasks: order, removal, they run from the loop (current_task() is None inside), see the finished
# task, and run for cancelled and failed tasks too
import asyncio


def report(task):
    state = "cancelled" if task.cancelled() else repr(task.exception() or task.result())
    print("callback:", task.get_name(), state, "current_task:", asyncio.current_task())


def other(task):
    print("other callback for", task.get_name())


async def job(kind):
    await asyncio.sleep(0)
    if kind == "fail":
        raise ValueError(kind)
    if kind == "slow":
        await asyncio.sleep(1)
    return kind


async def main():
    tasks = []
    for kind in ("ok", "fail", "slow"):
        t = asyncio.create_task(job(kind), name=kind)
        t.add_done_callback(report)
        t.add_done_callback(other)
        tasks.append(t)
    print("removed:", tasks[0].remove_done_callback(other))
    await asyncio.sleep(0)
    tasks[2].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("all done")
    await asyncio.sleep(0)
    late = tasks[0]
    late.add_done_callback(lambda t: print("late callback", t.result()))
    print("added late")
    await asyncio.sleep(0)


asyncio.run(main())
