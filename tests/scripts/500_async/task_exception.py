# An exception raised in a task reaches whoever awaits it; inline-awaited coroutines propagate exceptions too.
import asyncio

async def failing(msg):
    await asyncio.sleep(0.01)
    raise ValueError(msg)

async def inline_fail():
    await asyncio.sleep(0)
    return 1 / 0

async def main():
    t = asyncio.create_task(failing("task failed"))
    try:
        await t
    except ValueError as e:
        print("caught from task:", e)
    print(t.done(), type(t.exception()).__name__)
    try:
        t.result()
    except ValueError as e:
        print("result() re-raises:", e)
    try:
        await inline_fail()
    except ZeroDivisionError as e:
        print("caught inline:", e)
    try:
        await failing("direct")
    finally:
        print("finally in main")

try:
    asyncio.run(main())
except ValueError as e:
    print("asyncio.run raised:", e)
