# asyncio.isfuture on futures, tasks and look-alikes; ensure_future on a future (same object), a coroutine (a new
# Task), an object with __await__ (wrapped in a Task), and on things it refuses
import asyncio


class LooksLikeFuture:
    _asyncio_future_blocking = False


class NotQuite:
    _asyncio_future_blocking = None


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "from __await__"


async def coro():
    await asyncio.sleep(0)
    return "from coroutine"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(coro())
    for obj in (fut, task, LooksLikeFuture(), LooksLikeFuture, NotQuite(), 42, None):
        print(type(obj).__name__, asyncio.isfuture(obj))
    print("same future:", asyncio.ensure_future(fut) is fut)
    print("same task:", asyncio.ensure_future(task) is task)
    c = coro()
    t = asyncio.ensure_future(c)
    print("coroutine ->", type(t).__name__, t.get_coro() is c)
    print(await t, await task)
    for bad in (42, "text", [coro]):
        try:
            asyncio.ensure_future(bad)
        except TypeError as e:
            print("TypeError:", e)
    fut.set_result("fut result")
    print(await asyncio.ensure_future(fut))


asyncio.run(main())
