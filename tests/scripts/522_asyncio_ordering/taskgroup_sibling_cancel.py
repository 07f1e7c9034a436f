# TaskGroup: one child fails, siblings are cancelled (their cleanup runs, another would-be failure never
# happens), and the body sees CancelledError at its await. (The group keeps its tasks in a set, so the order
# in which siblings are cancelled is not defined: their cleanup is logged and printed sorted.)
import asyncio

cleanup = []


async def child(name, d, fail=False):
    print(name, "started")
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        cleanup.append(name + " cancelled")
        await asyncio.sleep(0)
        cleanup.append(name + " cleanup done")
        raise
    if fail:
        print(name, "raising")
        raise ValueError(name)
    print(name, "finished")
    return name


async def main():
    tasks = []
    try:
        async with asyncio.TaskGroup() as tg:
            tasks.append(tg.create_task(child("a", 0.02), name="a"))
            tasks.append(tg.create_task(child("b", 0.04, fail=True), name="b"))
            tasks.append(tg.create_task(child("c", 0.1), name="c"))
            tasks.append(tg.create_task(child("d", 0.06, fail=True), name="d"))
            try:
                await asyncio.sleep(0.2)
            except asyncio.CancelledError:
                print("body cancelled, cancelling", asyncio.current_task().cancelling())
                await asyncio.sleep(0)
                print("body cleanup awaited, siblings so far", sorted(cleanup))
                raise
    except* ValueError as eg:
        print("caught", type(eg).__name__, [str(e) for e in eg.exceptions])
    for t in tasks:
        state = "cancelled" if t.cancelled() else repr(t.exception()) if t.exception() else t.result()
        print(t.get_name(), state)
    print("summary", sorted(cleanup), asyncio.current_task().cancelling())


asyncio.run(main())
