# asyncio.wait with FIRST_COMPLETED, FIRST_EXCEPTION and timeout
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name

async def main():
    tasks = {asyncio.create_task(job(f"j{i}", 0.01 * i), name=f"j{i}") for i in range(1, 4)}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, timeout=0.015)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    await asyncio.wait(pending)

    tasks = [asyncio.create_task(job("ok", 0.01)), asyncio.create_task(job("bad", 0.02, True)),
             asyncio.create_task(job("late", 0.05))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in tasks:
        if t.done():
            print(t.exception() is None, repr(t.exception()))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(tasks)
    print([t.cancelled() for t in tasks])

asyncio.run(main())
