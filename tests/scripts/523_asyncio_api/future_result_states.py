# Future.result()/exception() in every state, with the InvalidStateError messages; set_result/set_exception on a
# done future; set_exception with a class or StopIteration; cancel() on a done future
import asyncio


def probe(label, fut):
    print(f"{label}: done={fut.done()} cancelled={fut.cancelled()}")
    for name in ("result", "exception"):
        try:
            print(f"  {name}() ->", repr(getattr(fut, name)()))
        except BaseException as e:
            print(f"  {name}() raises", type(e).__name__, e.args)


async def main():
    loop = asyncio.get_running_loop()
    pending = loop.create_future()
    probe("pending", pending)

    ok = loop.create_future()
    ok.set_result([1, 2])
    probe("result", ok)
    for action in (lambda: ok.set_result(3), lambda: ok.set_exception(ValueError()), ok.cancel):
        try:
            print("  after done:", action())
        except asyncio.InvalidStateError as e:
            print("  InvalidStateError:", e)

    bad = loop.create_future()
    bad.set_exception(ValueError("boom"))
    probe("exception", bad)

    cls = loop.create_future()
    cls.set_exception(KeyError)
    probe("exception class", cls)

    stop = loop.create_future()
    try:
        stop.set_exception(StopIteration("x"))
    except TypeError as e:
        print("TypeError:", e)
    try:
        stop.set_exception(StopIteration)
    except TypeError as e:
        print("TypeError:", e)
    print("done after the refusals:", stop.done())

    gone = loop.create_future()
    print("cancel ->", gone.cancel(), "again ->", gone.cancel())
    probe("cancelled", gone)
    try:
        gone.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(issubclass(asyncio.InvalidStateError, Exception), issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))
    pending.cancel()
    stop.cancel()


asyncio.run(main())
