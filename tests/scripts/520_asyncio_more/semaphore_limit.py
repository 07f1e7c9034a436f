# Semaphore limits concurrency; BoundedSemaphore over-release raises
import asyncio

active = 0
peak = 0

async def download(i, sem):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print("start", i, "active", active)
        await asyncio.sleep([0.02, 0.07, 0.04, 0.02, 0.03][i])
        active -= 1
    return i

async def main():
    sem = asyncio.Semaphore(2)
    res = await asyncio.gather(*(download(i, sem) for i in range(5)))
    print(res, "peak", peak, sem.locked())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    print("locked", b.locked())
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(0)
    asyncio.get_running_loop().call_later(0.01, s.release)
    await s.acquire()
    print("acquired after release")

asyncio.run(main())
