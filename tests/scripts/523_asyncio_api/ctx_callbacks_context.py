# call_soon/call_later/call_at capture the current context when scheduled unless context= is given; a callback's
# set() stays in its own copy; done callbacks behave the same way
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")


def show(tag):
    print(tag, var.get())
    var.set(f"set by {tag}")


async def main():
    loop = asyncio.get_running_loop()
    var.set("first")
    loop.call_soon(show, "soon-1")
    loop.call_soon(show, "soon-2")
    var.set("second")
    loop.call_later(0.02, show, "later")
    ctx = contextvars.Context()
    ctx.run(var.set, "in ctx")
    loop.call_soon(show, "soon-ctx", context=ctx)
    loop.call_soon(show, "soon-ctx-again", context=ctx)
    loop.call_at(loop.time() + 0.04, show, "at-ctx", context=ctx)
    var.set("third")
    await asyncio.sleep(0.06)
    print("main:", var.get(), "ctx:", ctx[var])
    fut = loop.create_future()
    fut.add_done_callback(lambda f: show("done-cb"))
    fut.add_done_callback(lambda f: show("done-cb-ctx"), context=ctx)
    var.set("fourth")
    fut.set_result(None)
    await asyncio.sleep(0)
    print("main:", var.get(), "ctx:", ctx[var])


asyncio.run(main())
