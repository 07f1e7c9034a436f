# an exception raised inside __anext__ propagates out of `async for` with one traceback entry for the loop
import asyncio


class Raises:
    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        raise KeyError("inside")


async def main():
    async for v in Raises():
        print(v)


asyncio.run(main())
