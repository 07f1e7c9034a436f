# PEP 479: a StopIteration leaving a coroutine (awaited inline, run as a task, or awaited directly) and a
# StopIteration or StopAsyncIteration leaving an async generator (iterated or closed) become RuntimeError,
# caused by the original, with the traceback of the frames it then leaves.
import asyncio
import traceback


async def raises_stop():
    raise StopIteration(5)


async def awaits_raiser():
    await raises_stop()


async def catches_inside():
    try:
        await raises_stop()
    except StopIteration:
        print("never: the coroutine's StopIteration is a RuntimeError by the time it arrives")
    except RuntimeError as e:
        return "caught inside: " + repr(e)


async def agen_stop_iteration():
    yield 1
    raise StopIteration


async def agen_stop_async_iteration():
    yield 1
    raise StopAsyncIteration


async def agen_raises_on_close(kind):
    try:
        yield 1
    finally:
        raise kind


def show(e):
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)


async def main():
    try:
        await awaits_raiser()
    except RuntimeError as e:
        show(e)
        print("".join(traceback.format_exception(e, chain=False)).replace(__file__, "FILE"), end="")
    print(await catches_inside())
    task = asyncio.ensure_future(awaits_raiser())
    try:
        await task
    except RuntimeError as e:
        show(e)
    print("task:", task.done(), repr(task.exception()))
    try:
        await raises_stop()
    except RuntimeError as e:
        show(e)
    for agen in (agen_stop_iteration, agen_stop_async_iteration):
        try:
            async for x in agen():
                print("got", x)
        except RuntimeError as e:
            show(e)
    for kind in (StopIteration, StopAsyncIteration, ValueError):
        g = agen_raises_on_close(kind)
        await g.asend(None)
        try:
            await g.aclose()
            print("closed")
        except (RuntimeError, ValueError) as e:
            show(e)


asyncio.run(main())


async def top():
    await raises_stop()

try:
    asyncio.run(top())
except RuntimeError as e:
    show(e)


def gen():
    yield 1
    raise StopIteration


try:
    print(list(gen()))
except RuntimeError as e:
    show(e)


# the task's own coroutine raising StopIteration: the task fails with the RuntimeError
async def raises_at_top():
    raise StopIteration(7)


async def runs_a_task():
    task = asyncio.ensure_future(raises_at_top())
    results = await asyncio.gather(task, return_exceptions=True)
    show(results[0])
    print("task:", task.done(), type(task.exception()).__name__)


asyncio.run(runs_a_task())
try:
    asyncio.run(raises_at_top())
except RuntimeError as e:
    show(e)
    print("suppress_context:", e.__suppress_context__)
