# Cancelling the task awaiting gather() cancels every child; a child cancelled on its own makes gather fail
# (or appear in the results with return_exceptions=True)
import asyncio


async def child(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def parent():
    try:
        return await asyncio.gather(child("a", 0.1), child("b", 0.02), child("c", 0.2))
    except asyncio.CancelledError:
        print("parent sees CancelledError")
        raise


async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.06)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled", p.cancelled())

    kids = [asyncio.create_task(child(n, d)) for n, d in [("x", 0.02), ("y", 0.1), ("z", 0.06)]]
    g = asyncio.gather(*kids)
    await asyncio.sleep(0.04)
    kids[1].cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError, g.cancelled", g.cancelled())
    print("z still running", not kids[2].done())
    await asyncio.sleep(0.04)

    kids = [asyncio.create_task(child(n, d)) for n, d in [("u", 0.02), ("v", 0.1)]]
    g = asyncio.gather(*kids, return_exceptions=True)
    await asyncio.sleep(0)
    kids[1].cancel()
    res = await g
    print([r if isinstance(r, str) else type(r).__name__ for r in res])
    print("summary", g.cancelled(), [k.cancelled() for k in kids])


asyncio.run(main())
