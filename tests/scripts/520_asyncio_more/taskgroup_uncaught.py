# An ExceptionGroup escaping a TaskGroup and asyncio.run
import asyncio

async def step(name, delay, exc=None):
    await asyncio.sleep(delay)
    if exc:
        raise exc
    print("done", name)

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(step("a", 0.01), name="a")
        tg.create_task(step("b", 0.02, ValueError("broken b")), name="b")
        tg.create_task(step("c", 0.03), name="c")
    print("never printed")

asyncio.run(main())
