# asyncio.Barrier (wait, abort, BrokenBarrierError), asyncio.Runner, asyncio.iscoroutinefunction
import asyncio
async def worker(barrier, name, delay):
    await asyncio.sleep(delay)
    print(name, "arrives")
    index = await barrier.wait()
    print(name, "passes", index)
async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    await asyncio.gather(*(worker(b, n, d) for n, d in [("a", 0.01), ("b", 0.02), ("c", 0.03)]))
    b2 = asyncio.Barrier(2)
    async def stuck():
        try:
            await b2.wait()
        except asyncio.BrokenBarrierError as e:
            print("broken:", e)
    t = asyncio.create_task(stuck())
    await asyncio.sleep(0.01)
    print(b2.n_waiting)
    await b2.abort()
    await t
    print(b2.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)
asyncio.run(main())
async def add(x, y):
    await asyncio.sleep(0)
    return x + y
with asyncio.Runner() as runner:
    print(runner.run(add(1, 2)), runner.run(add(3, 4)))
    print(type(runner.get_loop()).__name__ != "")
print(asyncio.iscoroutinefunction(add), asyncio.iscoroutinefunction(print), asyncio.iscoroutine(add(1, 1).__class__) is False)
try:
    asyncio.Runner().run(5)
except ValueError as e:
    print(e)
