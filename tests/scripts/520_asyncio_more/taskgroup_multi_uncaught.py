# Several task failures in a TaskGroup become one ExceptionGroup that escapes asyncio.run
import asyncio

async def check(name, delay, value):
    await asyncio.sleep(delay)
    if value < 0:
        raise ValueError(f"{name}: negative {value}")
    if value == 0:
        raise ZeroDivisionError(f"{name}: zero")
    print(name, "ok", 100 // value)

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(check("a", 0.01, 5))
        tg.create_task(check("b", 0.02, -1))
        tg.create_task(check("c", 0.02, 0))
        tg.create_task(check("d", 0.05, 3))

asyncio.run(main())
