# TaskGroup failures caught with except*, siblings cancelled
import asyncio

async def ok(n):
    try:
        await asyncio.sleep(n)
        print("ok", n)
    except asyncio.CancelledError:
        print("cancelled", n)
        raise

async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(0.01))
            tg.create_task(ok(0.5))
            tg.create_task(fail(ValueError("v"), 0.02))
            tg.create_task(fail(TypeError("t"), 0.02))
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("types:", [str(e) for e in eg.exceptions])
    print("after group")

asyncio.run(main())
