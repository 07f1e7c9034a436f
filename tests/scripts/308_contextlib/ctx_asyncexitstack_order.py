# AsyncExitStack with async context-manager classes: LIFO order, callbacks, suppression and pop_all
import asyncio
from contextlib import AsyncExitStack

class Res:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        print("acquire", self.name)
        return self
    async def __aexit__(self, typ, val, tb):
        print("release", self.name, typ.__name__ if typ else None)
        return self.suppress

async def main():
    async with AsyncExitStack() as stack:
        for n in ("a", "b"):
            await stack.enter_async_context(Res(n))
        async def note(msg):
            print("async cb", msg)
        stack.push_async_callback(note, "first")
        stack.callback(print, "sync cb")
    print("--")
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(Res("guard", suppress=True))
        await stack.enter_async_context(Res("inner"))
        raise RuntimeError("swallowed by guard")
    print("--")
    stack = AsyncExitStack()
    await stack.enter_async_context(Res("kept"))
    later = stack.pop_all()
    await stack.aclose()
    print("now later")
    await later.aclose()
    try:
        async with AsyncExitStack() as stack:
            async def fail():
                raise OSError("cb")
            stack.push_async_callback(fail)
            raise ValueError("body")
    except OSError as e:
        print("OSError", e, repr(e.__context__))
asyncio.run(main())
