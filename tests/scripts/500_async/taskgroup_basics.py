# asyncio.TaskGroup: results, names, the first failure cancels the rest, errors gathered into an ExceptionGroup
import asyncio
async def work(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        print(name, "done")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("a", 0.01))
        t2 = tg.create_task(work("b", 0.02), name="bee")
    print(t1.result(), t2.result(), t2.get_name())
    try:
        async with asyncio.TaskGroup() as tg:
            slow = tg.create_task(work("c", 0.05))
            tg.create_task(work("d", 0.01, fail=True))
            tg.create_task(work("f", 0.01, fail=True))
    except* ValueError as eg:
        print("caught", sorted(str(e) for e in eg.exceptions), slow.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("g", 0.05))
            raise KeyError("body")
    except* KeyError as eg:
        print("body error", eg.exceptions)
    tg = asyncio.TaskGroup()
    print(repr(tg))
    coro = work("x", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    coro.close()
    async with tg:
        print(repr(tg))
    coro = work("y", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    coro.close()
asyncio.run(main())
async def boom():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(work("z", 0.01, fail=True))
        tg.create_task(work("w", 0.02))
asyncio.run(boom())
