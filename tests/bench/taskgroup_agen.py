# taskgroup_agen: structured concurrency and async iteration together. 100 TaskGroups, each running 100 workers;
# every worker drains an async generator of 20 items (each item a yield to the loop with asyncio.sleep(0)) through
# `async for`, an async comprehension and a filtered async comprehension, then reports its sum.
import asyncio


async def numbers(start, count):
    for i in range(start, start + count):
        await asyncio.sleep(0)
        yield i


async def worker(n):
    total = 0
    async for value in numbers(n, 20):
        total += value
    squares = [v * v async for v in numbers(n, 20)]
    odd = [v async for v in numbers(n, 20) if v % 2]
    return total + sum(squares) % 1000 + len(odd)


async def group(g):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(worker(g * 100 + i)) for i in range(100)]
    return sum(t.result() for t in tasks)


async def main():
    total = 0
    for g in range(100):
        total += await group(g)
    print(total)


asyncio.run(main())
