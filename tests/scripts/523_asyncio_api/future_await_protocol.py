# Future.__await__/__iter__ by hand: a pending future yields itself, a finished one stops with its result, a failed
# one raises; yield from a future inside a generator-based awaitable; awaiting the same future many times
import asyncio
import types


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result("value")
    it = done.__await__()
    try:
        next(it)
    except StopIteration as e:
        print("finished: StopIteration", repr(e.value))
    it2 = iter(done)
    try:
        next(it2)
    except StopIteration as e:
        print("__iter__ too:", repr(e.value))

    pending = loop.create_future()
    it = pending.__await__()
    first = next(it)
    print("pending yields itself:", first is pending)
    pending.set_result(5)
    try:
        it.send(None)
    except StopIteration as e:
        print("after set_result:", e.value)

    failed = loop.create_future()
    failed.set_exception(ZeroDivisionError("nope"))
    try:
        next(failed.__await__())
    except ZeroDivisionError as e:
        print("failed raises:", e)

    @types.coroutine
    def legacy(fut):
        value = yield from fut
        return ("legacy", value)

    f = loop.create_future()
    loop.call_later(0.02, f.set_result, "later")
    print(await legacy(f))
    print(await f, await f, await f)

    class Wrapper:
        def __init__(self, fut):
            self.fut = fut

        def __await__(self):
            return self.fut.__await__()

    w = loop.create_future()
    loop.call_soon(w.set_result, "through wrapper")
    print(await Wrapper(w))


asyncio.run(main())
