# Future repr in each state: pending, pending with callbacks, finished with a result (long results are shortened
# by reprlib), finished with an exception, cancelled; str() is the same as repr()
import asyncio


def on_done(fut):
    pass


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    print(str(f) == repr(f))
    f.add_done_callback(on_done)
    print(f)
    f.remove_done_callback(on_done)
    f.set_result(None)
    print(f)
    for value in (42, "text", [1, 2, 3], list(range(100)), "x" * 100, {"k": (1, 2)}, 1.5, b"raw"):
        g = loop.create_future()
        g.set_result(value)
        print(g)
    for exc in (ValueError("bad"), KeyError("key"), OSError(2, "No such file"), RuntimeError(), StopAsyncIteration):
        h = loop.create_future()
        h.set_exception(exc)
        print(h)
        h.exception()
    c = loop.create_future()
    c.cancel()
    print(c)
    c2 = loop.create_future()
    c2.cancel("with a message")
    print(c2)
    print(repr(asyncio.Future()))


asyncio.run(main())
