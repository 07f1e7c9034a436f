# async: nullcontext, aclosing, AsyncExitStack, AsyncContextDecorator under asyncio.run
import asyncio
from contextlib import nullcontext, aclosing, AsyncExitStack, AsyncContextDecorator, contextmanager

class Conn:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0)
        print("connect", self.name)
        return self
    async def __aexit__(self, typ, val, tb):
        print("disconnect", self.name, typ.__name__ if typ else None)
        return self.name == "swallow"
    async def aclose(self):
        print("aclose", self.name)

class timed(AsyncContextDecorator):
    async def __aenter__(self):
        print("timed enter")
    async def __aexit__(self, *exc):
        print("timed exit")

@timed()
async def job(x):
    "a job"
    return x + 1

@contextmanager
def sync_cm():
    print("sync in")
    yield "s"
    print("sync out")

async def main():
    async with nullcontext("n") as n:
        print(n)
    async with aclosing(Conn("c1")) as c:
        print("got", c.name)
    print(await job(1), job.__name__, job.__doc__)
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(Conn("a"))
        s = stack.enter_context(sync_cm())
        async def acb(msg):
            print("async callback", msg)
        stack.push_async_callback(acb, "hi")
        stack.callback(print, "sync callback")
        async def aexit(typ, val, tb):
            print("push_async_exit saw", typ)
        stack.push_async_exit(aexit)
        print("body", a.name, s)
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(Conn("swallow"))
        raise ValueError("gone")
    print("swallowed")
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(Conn("b"))
            stack.push_async_exit(Conn("pushed"))
            raise KeyError("k")
    except KeyError as e:
        print("KeyError", e)
    try:
        await AsyncExitStack().enter_async_context(object())
    except TypeError as e:
        print(type(e).__name__ + ":", e)
    stack = AsyncExitStack()
    await stack.enter_async_context(Conn("later"))
    moved = stack.pop_all()
    await stack.aclose()
    print("moved closes:")
    await moved.aclose()
    try:
        async with AsyncExitStack() as stack:
            async def bad(*exc):
                raise OSError("cb failed")
            stack.push_async_exit(bad)
            raise ValueError("body")
    except OSError as e:
        print("OSError", e, "| context:", repr(e.__context__))

asyncio.run(main())
