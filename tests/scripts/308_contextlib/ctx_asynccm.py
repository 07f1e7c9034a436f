# asynccontextmanager, driven by a hand-written async generator object (__anext__/athrow)
import asyncio
from contextlib import asynccontextmanager

class Steps:
    # behaves like an async generator that yields `value` once, then runs `after`
    def __init__(self, value, mode="normal"):
        self.value, self.mode, self.state = value, mode, 0
    async def __anext__(self):
        self.state += 1
        if self.state == 1 and self.mode != "noyield":
            print("setup", self.value)
            return self.value
        if self.mode == "twice" and self.state == 2:
            return "again"
        print("teardown", self.value)
        raise StopAsyncIteration
    async def athrow(self, typ, val=None, tb=None):
        exc = typ if val is None else val  # called as athrow(exc) or athrow(type, exc, tb)
        print("athrow got", type(exc).__name__, exc)
        if self.mode == "swallow":
            raise StopAsyncIteration
        if self.mode == "convert":
            raise RuntimeError("converted") from exc
        raise exc

@asynccontextmanager
def resource(value, mode="normal"):
    "doc of resource"
    return Steps(value, mode)

async def main():
    async with resource(1) as v:
        print("body", v)
    print(resource.__name__, resource.__doc__)
    try:
        async with resource(2):
            raise ValueError("inner")
    except ValueError as e:
        print("propagated", e)
    async with resource(3, "swallow"):
        raise KeyError("k")
    print("swallowed")
    try:
        async with resource(4, "convert"):
            raise ValueError("v")
    except RuntimeError as e:
        print("RuntimeError", e, type(e.__cause__).__name__)
    for mode in ["noyield", "twice"]:
        try:
            async with resource(5, mode):
                pass
        except RuntimeError as e:
            print(type(e).__name__ + ":", e)
    cm = resource(6)
    await cm.__aenter__()
    print(await cm.__aexit__(None, None, None))

asyncio.run(main())
