# async for over asynchronous iterators (__aiter__/__anext__): sums, return/break/continue inside, the else
# clause, and the TypeErrors for objects that are not asynchronous iterables (with their __cause__)
import asyncio


class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class Bad1:
    pass


class Bad2:
    def __aiter__(self):
        return 5


class Bad3:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


class Raises:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise KeyError("inside")


async def total():
    s = 0
    async for v in Ticker(4):
        s += v
    return s


async def early():
    async for v in Ticker(10):
        if v == 3:
            return v


async def main():
    print(await total(), await early())
    out = []
    async for v in Ticker(5):
        if v == 2:
            continue
        if v == 4:
            break
        out.append(v)
    else:
        out.append("no else")
    print(out)
    async for v in Ticker(0):
        print("never")
    else:
        print("else ran")
    for obj in (Bad1(), Bad2(), Bad3(), Raises()):
        try:
            async for v in obj:
                print(v)
        except (TypeError, KeyError) as e:
            print(type(e).__name__, e, repr(e.__cause__))


asyncio.run(main())
