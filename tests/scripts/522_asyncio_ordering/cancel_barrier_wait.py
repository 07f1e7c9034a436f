# Cancelling a task in Barrier.wait() while filling: the barrier is not broken and n_waiting drops;
# the remaining parties can still pass
import asyncio


async def party(b, name):
    try:
        print(name, "waiting", b.n_waiting)
        idx = await b.wait()
        print(name, "passed", idx)
        return name
    except asyncio.CancelledError:
        print(name, "cancelled, broken", b.broken, "n_waiting", b.n_waiting)
        raise
    except asyncio.BrokenBarrierError:
        print(name, "broken barrier")
        return "broken"


async def main():
    b = asyncio.Barrier(3)
    x = asyncio.create_task(party(b, "x"))
    y = asyncio.create_task(party(b, "y"))
    await asyncio.sleep(0)
    print("n_waiting", b.n_waiting)
    x.cancel()
    await asyncio.sleep(0)
    print("after cancel n_waiting", b.n_waiting, "broken", b.broken)
    z = asyncio.create_task(party(b, "z"))
    w = asyncio.create_task(party(b, "w"))
    res = await asyncio.gather(x, y, z, w, return_exceptions=True)
    print([r if isinstance(r, str) else type(r).__name__ for r in res])
    print("state", b.n_waiting, b.broken)
    # abort while waiting, then cancel a task waiting on the aborted barrier
    b2 = asyncio.Barrier(2)
    p = asyncio.create_task(party(b2, "p"))
    await asyncio.sleep(0)
    await b2.abort()
    print("aborted", b2.broken)
    print(await p)
    q = asyncio.create_task(party(b2, "q"))
    print(await q)
    await b2.reset()
    print("summary", b.broken, b2.broken, b2.n_waiting)


asyncio.run(main())
