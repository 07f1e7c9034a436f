# Barrier: parties wait, wait() returns an index, abort breaks waiters
import asyncio

async def party(name, barrier, delay):
    await asyncio.sleep(delay)
    print(name, "arrives", barrier.n_waiting)
    idx = await barrier.wait()
    return idx

async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.broken)
    idx = await asyncio.gather(party("a", barrier, 0.01), party("b", barrier, 0.02), party("c", barrier, 0.03))
    print(sorted(idx))
    b2 = asyncio.Barrier(2)
    async def lonely():
        try:
            await b2.wait()
        except asyncio.BrokenBarrierError:
            print("broken barrier")
    t = asyncio.create_task(lonely())
    await asyncio.sleep(0.01)
    await b2.abort()
    await t
    print(b2.broken)
    await b2.reset()
    print(b2.broken)

asyncio.run(main())
