# "Exception in callback ..." reports of the default exception handler for different callables: a function with
# arguments, a lambda, a bound method (no source location), a nested function, a done callback getting its future
import asyncio


def func(a, b=0):
    raise ValueError(f"func {a} {b}")


class Obj:
    def meth(self, x):
        raise KeyError(x)


def on_done(fut):
    raise RuntimeError(f"done callback got {fut.result()}")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(func, 1)
    await asyncio.sleep(0)
    loop.call_soon(func, "two", "args")
    await asyncio.sleep(0)
    loop.call_soon(lambda: func("lambda"))
    await asyncio.sleep(0)
    loop.call_soon(Obj().meth, "method")
    await asyncio.sleep(0)

    def nested(*args):
        raise TypeError(args)

    loop.call_soon(nested, (1,), [2], {"three": 3})
    await asyncio.sleep(0)
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    fut.set_result(1)
    await asyncio.sleep(0)
    print("the loop kept running")


asyncio.run(main())
