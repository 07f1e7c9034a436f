# asyncio.run with gather: ordering of results, return_exceptions, nested coroutines
import asyncio
log = []
async def work(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name * steps
async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)
async def main():
    r = await asyncio.gather(work("a", 3), work("b", 1), work("c", 2))
    print(r)
    print(log)
    r2 = await asyncio.gather(work("x", 1), fail("boom"), return_exceptions=True)
    print([repr(v) for v in r2])
    try:
        await asyncio.gather(fail("first"), work("y", 1))
    except ValueError as e:
        print(type(e).__name__ + ":", e)
    t = asyncio.create_task(work("t", 2))
    print(t.done())
    print(await t, t.done(), t.result())
    print(await asyncio.gather())
    return "main done"
print(asyncio.run(main()))
async def add(a, b):
    return a + b
async def compute():
    total = 0
    for coro in [add(1, 2), add(3, 4)]:
        total += await coro
    return total
print(asyncio.run(compute()))
c = add(1, 1)
print(type(c).__name__, asyncio.iscoroutine(c))
c.close()
