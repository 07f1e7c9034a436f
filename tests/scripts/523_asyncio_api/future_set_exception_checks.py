# Future.set_exception() takes an exception instance or class (called), refuses
# anything else and a StopIteration itself, but lets a StopIteration subclass
# through (CPython 3.11: FutureObj_set_exception); a refused call leaves the
# future pending. A failed future's result() raises its exception; a future with
# a result has no exception.
import asyncio


class Weird(Exception):
    def __new__(cls):
        return 5


class Stop(StopIteration):
    pass


async def main():
    loop = asyncio.get_running_loop()
    for bad in (None, 42, "x", int, StopIteration, StopIteration(), ValueError, KeyError("k"), Stop(), Weird):
        f = loop.create_future()
        try:
            f.set_exception(bad)
            print("set", repr(f.exception()), f.done())
        except TypeError as e:
            print("TypeError", e, "- done:", f.done())
    f = loop.create_future()
    f.set_exception(ValueError("v"))
    try:
        f.result()
    except ValueError as e:
        print("result() raised", repr(e))
    g = loop.create_future()
    g.set_result(None)
    print("result", g.result(), "exception", g.exception())
    # an exception class whose construction finishes the future: the call is refused after all
    k = loop.create_future()

    class Finishes(Exception):
        def __init__(self):
            k.set_result("set by the class")

    try:
        k.set_exception(Finishes)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e, "- result:", k.result())
    h = loop.create_future()
    h.cancel("why")
    try:
        h.exception()
    except asyncio.CancelledError as e:
        print("cancelled", e.args)


asyncio.run(main())
