# Task.result()/exception() before and after completion: pending, returned, raised, cancelled with a message (the
# stored CancelledError is handed out once, then a fresh one without the message)
import asyncio


async def slow(v):
    await asyncio.sleep(0.02)
    if isinstance(v, BaseException):
        raise v
    return v


def probe(label, t):
    print(f"{label}: done={t.done()} cancelled={t.cancelled()}")
    for name in ("result", "exception"):
        try:
            print(f"  {name}() ->", repr(getattr(t, name)()))
        except BaseException as e:
            print(f"  {name}() raises", type(e).__name__, e.args)


async def main():
    ok = asyncio.create_task(slow([1]), name="ok")
    bad = asyncio.create_task(slow(OSError(5, "io")), name="bad")
    gone = asyncio.create_task(slow(0), name="gone")
    probe("pending", ok)
    await asyncio.sleep(0)
    gone.cancel("bye")
    await asyncio.gather(ok, bad, gone, return_exceptions=True)
    probe("ok", ok)
    probe("bad", bad)
    probe("gone", gone)
    print(isinstance(ok, asyncio.Future), issubclass(asyncio.Task, asyncio.Future))


asyncio.run(main())
