# Barrier.abort() while parties wait: each waiter gets BrokenBarrierError; the one that is not caught ends
# the program through gather
import asyncio


async def party(b, name, catch):
    print(name, "waits")
    try:
        await b.wait()
    except asyncio.BrokenBarrierError:
        print(name, "broken", "caught" if catch else "re-raising")
        if not catch:
            raise
    return name


async def main():
    b = asyncio.Barrier(4)
    ts = [asyncio.create_task(party(b, n, n != "c")) for n in "abc"]
    await asyncio.sleep(0.02)
    print("aborting with", b.n_waiting, "waiting")
    await b.abort()
    print("aborted", b.broken)
    await asyncio.gather(*ts)
    print("not reached")


asyncio.run(main())
