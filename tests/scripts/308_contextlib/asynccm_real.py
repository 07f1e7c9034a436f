# asynccontextmanager built from a native async function with await inside: setup/teardown, exceptions thrown in
import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def connection(name):
    await asyncio.sleep(0)
    print("open", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", e)
    finally:
        await asyncio.sleep(0)
        print("close", name)

async def main():
    async with connection("db") as c:
        print("using", c)
    async with connection("cache"):
        raise KeyError("miss")
    try:
        async with connection("net"):
            raise ValueError("boom")
    except ValueError as e:
        print("propagated", e)
asyncio.run(main())
