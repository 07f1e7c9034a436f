# A Barrier party cancelled after the barrier released it but before it resumed: it does not get its index,
# the others still pass, and the barrier is ready for the next round
import asyncio


async def party(b, name, log):
    try:
        idx = await b.wait()
        print(name, "passed with index", idx)
        log.append(name)
        return idx
    except asyncio.CancelledError:
        print(name, "cancelled, state n_waiting", b.n_waiting, "broken", b.broken)
        raise


async def main():
    b = asyncio.Barrier(3)
    log = []
    x = asyncio.create_task(party(b, "x", log))
    y = asyncio.create_task(party(b, "y", log))
    await asyncio.sleep(0)
    z = asyncio.create_task(party(b, "z", log))
    await asyncio.sleep(0)  # z arrives last and releases x and y
    print("released, cancelling x; n_waiting", b.n_waiting)
    x.cancel()
    res = await asyncio.gather(x, y, z, return_exceptions=True)
    print([r if isinstance(r, int) else type(r).__name__ for r in res])
    print("after round", b.n_waiting, b.broken, log)
    r2 = await asyncio.gather(*(party(b, f"r{i}", log) for i in range(3)))
    print("second round indexes", sorted(r2))
    print("summary", log, b.broken)


asyncio.run(main())
