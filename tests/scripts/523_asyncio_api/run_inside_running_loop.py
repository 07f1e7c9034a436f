# asyncio.run() called while a loop is running raises RuntimeError, and the coroutine passed to it is never awaited:
# CPython warns when that coroutine is freed, pointing at the line that is running then
import asyncio


async def inner():
    return "inner"


async def main():
    try:
        asyncio.run(inner())
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("after the failed run")
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("again:", e)
    print("still holding the coroutine")
    print(await c)
    return "main done"


print(asyncio.run(main()))
