# collections.abc / types on async generators: AsyncIterable/AsyncIterator/AsyncGenerator and AsyncGeneratorType
import asyncio
import types
from collections.abc import AsyncIterable, AsyncIterator, AsyncGenerator, Iterable, Generator

async def agen(n):
    for i in range(n):
        yield i

g = agen(2)
print(type(g).__name__, isinstance(g, types.AsyncGeneratorType))
print([a.__name__ for a in (AsyncIterable, AsyncIterator, AsyncGenerator, Iterable, Generator) if isinstance(g, a)])

async def main():
    print([x async for x in agen(3)])
asyncio.run(main())
