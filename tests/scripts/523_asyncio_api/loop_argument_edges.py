# What asyncio does with a `loop=` argument that is not a loop, with Handle and TimerHandle made by hand, and
# with call_soon/call_later/call_at called without their callback.
import asyncio


def attempt(label, fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
    except (TypeError, AttributeError, RuntimeError) as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", result)


class NotALoop:
    pass


async def main():
    loop = asyncio.get_running_loop()
    attempt("current_task(42)", asyncio.current_task, 42)
    attempt("all_tasks(42)", asyncio.all_tasks, 42)
    attempt("all_tasks(NotALoop())", asyncio.all_tasks, NotALoop())
    attempt("Future(loop=42)", asyncio.Future, loop=42)
    attempt("Future(loop=NotALoop())", asyncio.Future, loop=NotALoop())
    print("Future(loop=loop) pending:", not asyncio.Future(loop=loop).done())

    attempt("Handle()", asyncio.Handle)
    attempt("Handle(print)", asyncio.Handle, print)
    attempt("Handle(print, ())", asyncio.Handle, print, ())
    attempt("Handle(print, (1,), None)", asyncio.Handle, print, (1,), None)
    h = asyncio.Handle(print, (1, 2), loop)
    print(type(h).__name__, h.cancelled())
    h.cancel()
    print(h.cancelled(), repr(h))
    attempt("TimerHandle()", asyncio.TimerHandle)
    attempt("TimerHandle(1.0, print)", asyncio.TimerHandle, 1.0, print)
    t = asyncio.TimerHandle(5.5, print, ("x",), loop)
    u = asyncio.TimerHandle(7.25, print, (), loop)
    print(t.when(), u.when(), t < u, t == u, t.cancelled())

    for name in ("call_soon", "call_later", "call_at"):
        attempt(name + "()", getattr(loop, name))
    attempt("call_later(1)", loop.call_later, 1)
    attempt("call_at(1)", loop.call_at, 1)


asyncio.run(main())
attempt("current_task() outside", asyncio.current_task)
