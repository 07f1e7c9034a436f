# anext() with and without a default, and __debug__.
import asyncio
class AIt:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2: raise StopAsyncIteration
        return self.n
async def main():
    it = AIt()
    print(await anext(it), await anext(it), await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("stop")
    try:
        anext(1)
    except TypeError as e:
        print(e)
asyncio.run(main())
print(__debug__)
