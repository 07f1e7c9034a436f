# Task.done() and result(): result() of a pending task raises InvalidStateError; a finished task keeps its result.
import asyncio

async def compute():
    await asyncio.sleep(0.01)
    return 42

async def main():
    t = asyncio.create_task(compute())
    print("done?", t.done())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    await asyncio.sleep(0.05)
    print("done?", t.done(), "result", t.result(), "cancelled", t.cancelled())
    print(t.exception())

asyncio.run(main())
