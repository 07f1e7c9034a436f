# Edges of the await protocol: iterating a pending future without awaiting it, an __await__ that yields something
# that is not a future to the task, closing a waiting task's coroutine by hand (its inner finally blocks run, and
# the task then fails), and TimerHandles compared at equal times.
import asyncio


class BadYield:
    def __await__(self):
        yield 42


async def inner(fut):
    try:
        await fut
    finally:
        print("inner finally")


async def outer(fut):
    try:
        await inner(fut)
    finally:
        print("outer finally")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        list(fut)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("blocking:", fut._asyncio_future_blocking)
    fresh = loop.create_future()
    it = iter(fresh)
    print(next(it) is fresh, fresh._asyncio_future_blocking)
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)
    fut.set_result("value")
    try:
        next(iter(fut))
    except StopIteration as e:
        print("StopIteration:", e.value)

    try:
        await BadYield()
    except RuntimeError as e:
        print("RuntimeError:", e)

    waited = loop.create_future()
    task = asyncio.create_task(outer(waited))
    await asyncio.sleep(0)
    task.get_coro().close()
    print("closed; task done?", task.done())
    waited.set_result(None)
    try:
        await task
    except RuntimeError as e:
        print("task failed:", e)

    a = loop.call_at(loop.time() + 10, print)
    b = loop.call_at(a.when(), print)
    print(a <= b, a >= b, a == b, a < b)
    c = loop.call_at(a.when(), print)
    a.cancel(), b.cancel(), c.cancel()


asyncio.run(main())
