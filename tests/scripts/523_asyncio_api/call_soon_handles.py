# loop.call_soon: positional args, context=, the Handle it returns (cancel, cancelled, repr), FIFO order, and
# callbacks that are not callable (reported when the loop runs them)
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
    h3 = loop.call_soon(show, "three", "x")
    ctx = contextvars.Context()
    ctx.run(var.set, "in ctx")
    loop.call_soon(show, "with context", context=ctx)
    loop.call_soon(show, "empty context", context=contextvars.Context())
    var.set("changed after scheduling")
    print(type(h1).__name__, h1.cancelled())
    print(repr(h2))
    h2.cancel()
    print(h2.cancelled(), repr(h2))
    h2.cancel()
    print("cancel twice ok", h2.cancelled())
    await asyncio.sleep(0)
    print("after one iteration")
    h3.cancel()
    print("cancel after run:", h3.cancelled())
    # a callback that is not callable fails when the loop runs it (call_soon checks only in debug mode)
    loop.set_exception_handler(lambda loop, ctx: print(ctx["message"], "|", repr(ctx["handle"]), "|", ctx["exception"]))
    for bad in (42, "text", None):
        loop.call_soon(bad)
    await asyncio.sleep(0)
    loop.set_exception_handler(None)
    order = []
    for i in range(5):
        loop.call_soon(order.append, i)
    await asyncio.sleep(0)
    print(order)


asyncio.run(main())
