# Cancelling waiters in Semaphore / BoundedSemaphore.acquire(): no permit is lost or leaked
import asyncio


async def worker(sem, name, log):
    try:
        async with sem:
            print(name, "in")
            log.append(name)
            await asyncio.sleep(0.02)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    print(name, "out")


async def run(sem):
    print("--", type(sem).__name__)
    log = []
    ts = [asyncio.create_task(worker(sem, f"t{i}", log)) for i in range(5)]
    await asyncio.sleep(0)
    print("locked", sem.locked())
    ts[2].cancel()
    ts[3].cancel()
    await asyncio.sleep(0.01)
    print("cancelled two waiters")
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print("order", log, "locked", sem.locked())
    async with sem:
        print("can still acquire")


async def main():
    await run(asyncio.Semaphore(2))
    b = asyncio.BoundedSemaphore(2)
    await run(b)
    try:
        b.release()
    except ValueError as e:
        print("ValueError", e)
    # a waiter that is woken by release() and cancelled before it runs passes the permit on
    s = asyncio.Semaphore(0)
    x = asyncio.create_task(s.acquire())
    y = asyncio.create_task(s.acquire())
    await asyncio.sleep(0)
    s.release()
    x.cancel()
    await asyncio.sleep(0.01)
    print("x cancelled", x.cancelled(), "y done", y.done(), y.result() if y.done() else None)
    print("summary", s.locked())


asyncio.run(main())
