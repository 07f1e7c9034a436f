# loop.call_soon: positional args, context=, FIFO order, and the handle it returns (cancel before it runs, cancel
# twice, cancel after it ran)
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")


def show(tag, *args):
    print(tag, args, var.get())


async def main():
    loop = asyncio.get_running_loop()
    var.set("main")
    h1 = loop.call_soon(show, "one", 1, 2)
    h2 = loop.call_soon(show, "two")
    h3 = loop.call_soon(show, "three", "x", None)
    ctx = contextvars.Context()
    ctx.run(var.set, "in ctx")
    loop.call_soon(show, "with context", context=ctx)
    loop.call_soon(show, "empty context", context=contextvars.Context())
    var.set("changed after scheduling")
    print(h1.cancelled())
    h2.cancel()
    print(h2.cancelled())
    h2.cancel()
    print("cancel twice ok", h2.cancelled())
    await asyncio.sleep(0)
    print("after one iteration")
    h3.cancel()
    print("cancel after run:", h3.cancelled())
    order = []
    for i in range(5):
        loop.call_soon(order.append, i)
    loop.call_soon(order.extend, [5, 6])
    await asyncio.sleep(0)
    print(order)

    def reschedule(n):
        print("reschedule", n)
        if n:
            loop.call_soon(reschedule, n - 1)

    loop.call_soon(reschedule, 2)
    loop.call_soon(print, "queued before the rescheduled ones")
    await asyncio.sleep(0)
    print("one iteration later")
    await asyncio.sleep(0)
    await asyncio.sleep(0)


asyncio.run(main())
