# A custom exception handler sees context dicts: their sorted keys for a failing callback, a failing done callback,
# a task whose exception was never retrieved, and call_exception_handler with hand-made dicts
import asyncio
import gc


def handler(loop, context):
    print("keys:", sorted(context))
    print("  message:", context["message"])
    exc = context.get("exception")
    if exc is not None:
        print("  exception:", repr(exc))
    if "future" in context:
        print("  future is a", type(context["future"]).__name__)
    if "handle" in context:
        print("  handle is a", type(context["handle"]).__name__ in ("Handle", "TimerHandle"))
    for key in sorted(context):
        if key not in ("message", "exception", "future", "handle"):
            print("  extra", key, "=", context[key])


def bad_callback(x):
    raise LookupError(x)


async def failing():
    raise ArithmeticError("task failed")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback, "cb")
    await asyncio.sleep(0)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: bad_callback("done callback"))
    fut.set_result(None)
    await asyncio.sleep(0)
    t = asyncio.create_task(failing())
    await asyncio.sleep(0)
    del t
    gc.collect()
    loop.call_exception_handler({"message": "only a message"})
    loop.call_exception_handler({"message": "with exception", "exception": OSError(5, "io")})
    loop.call_exception_handler({"message": "with extras", "zeta": 1, "alpha": [1, 2], "future": fut})
    loop.call_exception_handler({"message": "with a handle", "handle": loop.call_soon(print, "printed by handle")})
    await asyncio.sleep(0)
    print("handler is ours:", loop.get_exception_handler() is handler)


asyncio.run(main())
