# Semaphore(0): several release() calls in a row with several waiters; who gets permits, and a new acquirer
# arriving while woken waiters have not run yet must queue behind them
import asyncio


async def acq(sem, name, log):
    print(name, "acquiring")
    await sem.acquire()
    print(name, "acquired")
    log.append(name)


async def main():
    sem = asyncio.Semaphore(0)
    log = []
    ts = [asyncio.create_task(acq(sem, f"w{i}", log)) for i in range(4)]
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    print("released 2, locked", sem.locked())
    ts.append(asyncio.create_task(acq(sem, "newcomer", log)))
    await asyncio.sleep(0)
    print("after yield", log)
    await asyncio.sleep(0)
    print("after 2 yields", log, "locked", sem.locked())
    for _ in range(3):
        sem.release()
    await asyncio.gather(*ts)
    print("summary", log, sem.locked())


asyncio.run(main())
