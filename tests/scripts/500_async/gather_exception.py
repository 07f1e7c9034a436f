# The first exception in gather propagates to the awaiter while sibling tasks keep running; return_exceptions=True collects them.
import asyncio

async def ok(name, delay):
    await asyncio.sleep(delay)
    print("ok", name, "finished")
    return name

async def bad(delay):
    await asyncio.sleep(delay)
    print("bad raising")
    raise ValueError("boom")

async def main():
    try:
        await asyncio.gather(ok("a", 0.2), bad(0.1), ok("b", 0.05))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.3)
    print("siblings ran to the end")
    results = await asyncio.gather(ok("c", 0.05), bad(0.1), return_exceptions=True)
    print(results)
    print([type(r).__name__ for r in results])

asyncio.run(main())
