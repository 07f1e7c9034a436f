# wait_for times out and cancels the inner coroutine, which sees CancelledError
import asyncio

async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise
    finally:
        print("inner finally")

async def quick():
    await asyncio.sleep(0.01)
    return "quick"

async def main():
    try:
        await asyncio.wait_for(inner(), timeout=0.05)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, isinstance(e, TimeoutError))
    print(await asyncio.wait_for(quick(), timeout=1))
    print(await asyncio.wait_for(quick(), timeout=None))
    t = asyncio.create_task(inner(), name="inner-task")
    try:
        await asyncio.wait_for(t, 0.02)
    except TimeoutError:
        print("task timed out", t.cancelled(), t.done())

asyncio.run(main())
