# ensure_future and run_until_complete accept any object with __await__: it is wrapped in a Task
import asyncio


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "from __await__"


async def main():
    t = asyncio.ensure_future(Awaitable())
    print(type(t).__name__, asyncio.isfuture(t))
    print(await t)
    print(await Awaitable())


asyncio.run(main())
loop = asyncio.new_event_loop()
print(loop.run_until_complete(Awaitable()))
loop.close()
