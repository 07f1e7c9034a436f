# A task that catches CancelledError and returns a value: awaiting it, gather, and wait_for (which then returns
# the value instead of raising TimeoutError)
import asyncio


async def stubborn(name, d):
    try:
        await asyncio.sleep(d)
        return name + " finished"
    except asyncio.CancelledError:
        print(name, "caught cancellation")
        await asyncio.sleep(0)
        return name + " rescued"


async def main():
    t = asyncio.create_task(stubborn("a", 1))
    await asyncio.sleep(0.01)
    print("cancel ->", t.cancel())
    print("await ->", await t)
    print("a cancelled", t.cancelled(), "cancelling", t.cancelling())

    ts = [asyncio.create_task(stubborn(n, 0.1)) for n in "bc"]
    g = asyncio.gather(*ts)
    await asyncio.sleep(0.01)
    ts[0].cancel()
    print("gather ->", await g)

    r = await asyncio.wait_for(stubborn("d", 1), 0.02)
    print("wait_for ->", r)

    try:
        async with asyncio.timeout(0.02) as cm:
            r = await stubborn("e", 1)
        print("timeout block ended normally", r, cm.expired())
    except TimeoutError:
        print("timeout raised anyway", cm.expired())
    print("summary", asyncio.current_task().cancelling())


asyncio.run(main())
