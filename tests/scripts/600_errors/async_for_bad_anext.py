# an __anext__ that returns a non-awaitable: the TypeError is chained from the await error, as CPython shows it
import asyncio


class Bad:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


async def main():
    async for v in Bad():
        print(v)


asyncio.run(main())
