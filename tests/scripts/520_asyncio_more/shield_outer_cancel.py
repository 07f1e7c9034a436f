# shield: cancelling the outer await leaves the inner task running
import asyncio

async def important():
    await asyncio.sleep(0.05)
    print("important finished")
    return 42

async def waiter(t):
    try:
        return await asyncio.shield(t)
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise

async def main():
    inner = asyncio.create_task(important(), name="important")
    w = asyncio.create_task(waiter(inner), name="waiter")
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("w cancelled:", w.cancelled(), "inner done:", inner.done())
    print(await inner)
    try:
        r = await asyncio.wait_for(asyncio.shield(important()), 0.01)
    except TimeoutError:
        print("wait_for timed out around shield")
    await asyncio.sleep(0.1)

asyncio.run(main())
