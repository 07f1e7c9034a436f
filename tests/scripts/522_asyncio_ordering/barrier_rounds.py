# Barrier reused for several rounds by parties with different speeds; n_waiting and the index each round
import asyncio


async def party(name, barrier, delays, log):
    for rnd, d in enumerate(delays):
        await asyncio.sleep(d)
        print(name, "arrives round", rnd, "waiting before", barrier.n_waiting)
        idx = await barrier.wait()
        print(name, "passes round", rnd, "index", idx)
        log.append((rnd, name, idx))


async def main():
    barrier = asyncio.Barrier(3)
    log = []
    await asyncio.gather(
        party("a", barrier, [0.02, 0, 0.04], log),
        party("b", barrier, [0, 0.06, 0], log),
        party("c", barrier, [0.04, 0.02, 0.02], log),
    )
    print("state", barrier.n_waiting, barrier.broken)
    await solo()
    print("summary", sorted(log))


async def solo():
    b = asyncio.Barrier(1)
    print("solo", await b.wait(), await b.wait())
    async with b as idx:
        print("solo ctx", idx)


asyncio.run(main())
