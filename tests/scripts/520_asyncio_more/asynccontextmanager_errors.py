# contextlib.asynccontextmanager with exceptions, suppression, AsyncExitStack
import asyncio
import contextlib

@contextlib.asynccontextmanager
async def resource(name, suppress=False):
    print("open", name)
    await asyncio.sleep(0.01)
    try:
        yield name.upper()
    except ValueError as e:
        print("handled in", name, e)
        if not suppress:
            raise
    finally:
        await asyncio.sleep(0.01)
        print("close", name)

async def main():
    async with resource("a") as r:
        print("using", r)
    async with resource("b", suppress=True):
        raise ValueError("swallowed")
    print("after b")
    try:
        async with resource("c"):
            raise ValueError("propagated")
    except ValueError as e:
        print("caught", e)
    async with contextlib.AsyncExitStack() as stack:
        names = [await stack.enter_async_context(resource(n)) for n in "xyz"]
        stack.push_async_callback(asyncio.sleep, 0.01)
        print(names)

asyncio.run(main())
