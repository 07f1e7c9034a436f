# asyncio Lock, Event, Semaphore, Condition-free coordination and asyncio.timeout (3.11)
import asyncio
async def main():
    lock = asyncio.Lock()
    order = []
    async def crit(name):
        async with lock:
            order.append(name + "-in")
            await asyncio.sleep(0)
            order.append(name + "-out")
    await asyncio.gather(crit("a"), crit("b"), crit("c"))
    print(order, lock.locked())
    sem = asyncio.Semaphore(2)
    active = []
    peak = 0
    async def limited(i):
        nonlocal peak
        async with sem:
            active.append(i)
            peak = max(peak, len(active))
            await asyncio.sleep(0)
            active.remove(i)
    await asyncio.gather(*(limited(i) for i in range(5)))
    print("peak", peak)
    ev = asyncio.Event()
    async def waiter(n):
        await ev.wait()
        return n * 2
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print([t.done() for t in tasks], ev.is_set())
    ev.set()
    print(await asyncio.gather(*tasks))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.Event().wait()
    except TimeoutError:
        print("timeout hit", issubclass(asyncio.TimeoutError, TimeoutError))
    r = await asyncio.wait_for(waiter(21), timeout=1)
    print(r)
asyncio.run(main())
