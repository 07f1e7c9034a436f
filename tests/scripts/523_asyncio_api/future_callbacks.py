# Future.add_done_callback order, callbacks on an already finished future are scheduled (not called at once),
# context=, remove_done_callback counts duplicates, callbacks get the future itself
import asyncio
import contextvars

who = contextvars.ContextVar("who", default="nobody")


def cb(tag):
    def inner(fut):
        print("callback", tag, "sees", who.get(), "result", fut.result())
    inner.__qualname__ = f"cb_{tag}"
    return inner


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    seen = []
    fut.add_done_callback(seen.append)
    a, b = cb("a"), cb("b")
    who.set("main")
    fut.add_done_callback(a)
    fut.add_done_callback(b)
    fut.add_done_callback(a)
    fut.add_done_callback(b)
    ctx = contextvars.Context()
    ctx.run(who.set, "ctx")
    fut.add_done_callback(cb("c"), context=ctx)
    print("remove a:", fut.remove_done_callback(a))
    print("remove a again:", fut.remove_done_callback(a))
    print("remove unknown:", fut.remove_done_callback(print))
    who.set("changed")
    fut.set_result("R")
    print("set_result returned; callbacks not yet run:", seen == [])
    await asyncio.sleep(0)
    print("seen is fut:", seen[0] is fut, len(seen))

    done = loop.create_future()
    done.set_result("early")
    done.add_done_callback(cb("late"))
    print("added to a done future")
    await asyncio.sleep(0)
    print("remove after run:", done.remove_done_callback(print))

    order = []
    f2 = loop.create_future()
    for i in range(4):
        f2.add_done_callback(lambda f, i=i: order.append(i))
    f2.cancel()
    await asyncio.sleep(0)
    print("order:", order)
    print("get_loop:", f2.get_loop() is loop)


asyncio.run(main())
