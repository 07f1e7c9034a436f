# create_task schedules a task that starts only when the creator yields; awaiting it (even twice) gives its result.
import asyncio

async def job(name):
    print("job", name, "started")
    await asyncio.sleep(0.01)
    print("job", name, "finished")
    return f"{name}-result"

async def main():
    t = asyncio.create_task(job("x"))
    print("task created", type(t).__name__, t.done())
    u = asyncio.create_task(job("y"))
    print("before await")
    r = await t
    print("awaited:", r, t.done())
    print("again:", await t)
    print("u:", await u, u.result())

asyncio.run(main())
