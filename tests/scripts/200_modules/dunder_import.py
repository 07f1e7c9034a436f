# __import__ and aiter as builtins.
import asyncio
m = __import__("math")
print(m.__name__, m.sqrt(16), __import__("math") is m)
print(__import__("asyncio", globals(), None, ["sleep"], 0).__name__)
for bad in [lambda: __import__(), lambda: __import__(1), lambda: __import__(""), lambda: __import__("x", level=-1),
            lambda: __import__("nosuchmodule_xyz"), lambda: aiter(1)]:
    try:
        bad()
    except (TypeError, ValueError, ImportError) as e:
        print(type(e).__name__, e)


class Counter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    it = aiter(Counter(3))
    print(it.__class__.__name__, await collect(it))


async def collect(it):
    out = []
    async for x in it:
        out.append(x)
    return out


asyncio.run(main())
