# with / async with on objects missing __enter__/__exit__ or __aenter__/__aexit__: CPython's messages
import asyncio


class OnlyEnter:
    def __enter__(self):
        return 1


class OnlyAenter:
    async def __aenter__(self):
        return 1


for obj in (OnlyEnter(), 5):
    try:
        with obj:
            pass
    except TypeError as e:
        print(e)


async def main():
    for obj in (OnlyAenter(), 5):
        try:
            async with obj:
                pass
        except TypeError as e:
            print(e)


asyncio.run(main())
