# "Exception in callback ..." reports of the default exception handler for different callables: a function with
# arguments, a lambda, a functools.partial with keywords, a bound method (no source location), a done callback
import asyncio
import functools


def func(a, b=0):
    raise ValueError(f"func {a} {b}")


class Obj:
    def meth(self, x):
        raise KeyError(x)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(func, 1)
    await asyncio.sleep(0)
    loop.call_soon(lambda: func("lambda"))
    await asyncio.sleep(0)
    loop.call_soon(functools.partial(func, "partial", b=2))
    await asyncio.sleep(0)
    loop.call_soon(functools.partial(func, b=3), "late arg")
    await asyncio.sleep(0)
    loop.call_soon(Obj().meth, "method")
    await asyncio.sleep(0)
    fut = loop.create_future()
    fut.add_done_callback(functools.partial(func, "done"))
    fut.set_result("value")
    await asyncio.sleep(0)
    print("the loop kept running")


asyncio.run(main())
