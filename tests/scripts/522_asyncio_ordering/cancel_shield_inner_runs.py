# shield: several outer waiters on one shielded task are cancelled one by one; the inner task finishes and
# its result is still available; cancelling the inner task reaches the shield's waiters
import asyncio


async def inner(log):
    log.append("inner start")
    await asyncio.sleep(0.1)
    log.append("inner end")
    return "precious"


async def waiter(name, fut):
    try:
        r = await asyncio.shield(fut)
        print(name, "got", r)
        return r
    except asyncio.CancelledError:
        print(name, "cancelled, inner done:", fut.done())
        raise


async def main():
    log = []
    t = asyncio.create_task(inner(log))
    ws = [asyncio.create_task(waiter(f"w{i}", t)) for i in range(3)]
    await asyncio.sleep(0.02)
    ws[0].cancel()
    await asyncio.sleep(0.02)
    ws[1].cancel()
    res = await asyncio.gather(*ws, return_exceptions=True)
    print([r if isinstance(r, str) else type(r).__name__ for r in res])
    print("t", t.result(), log)

    t2 = asyncio.create_task(inner(log))
    w = asyncio.create_task(waiter("x", t2))
    await asyncio.sleep(0.02)
    t2.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("x cancelled via inner", w.cancelled(), t2.cancelled())
    print("summary", log)


asyncio.run(main())
