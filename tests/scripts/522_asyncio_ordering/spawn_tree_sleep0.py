# Tasks that create tasks, each yielding with sleep(0): the round-robin order of the ready queue
import asyncio


async def leaf(name, steps):
    for i in range(steps):
        print(name, "step", i)
        await asyncio.sleep(0)
    print(name, "done")
    return name


async def branch(name, n):
    print(name, "start")
    kids = [asyncio.create_task(leaf(f"{name}.{i}", i + 1)) for i in range(n)]
    print(name, "spawned", n)
    await asyncio.sleep(0)
    print(name, "after yield")
    res = await asyncio.gather(*kids)
    print(name, "gathered", res)
    return len(res)


async def main():
    a = asyncio.create_task(branch("A", 2))
    b = asyncio.create_task(branch("B", 3))
    print("main yielding")
    await asyncio.sleep(0)
    print("main resumed")
    ra = await a
    print("main got A", ra)
    rb = await b
    print("main got B", rb)
    print("summary", ra + rb)


asyncio.run(main())
