# asyncio.Condition, Semaphore and BoundedSemaphore: wake-up order, notify counts, wait_for, release errors,
# and a waiter cancelled while it waits for a semaphore
import asyncio

log = []


async def consumer(cond, name, items):
    async with cond:
        await cond.wait_for(lambda: items)
        log.append(f"{name} got {items.pop(0)}")


async def conditions():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(cond, f"c{i}", items)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        items.extend([1, 2])
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        items.append(3)
        cond.notify_all()
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as e:
        log.append(f"RuntimeError: {e}")
    try:
        await cond.wait()
    except RuntimeError as e:
        log.append(f"RuntimeError: {e}")
    shared = asyncio.Lock()
    c2 = asyncio.Condition(shared)
    async with c2:
        log.append(f"shared lock held: {shared.locked()}")


async def semaphores():
    sem = asyncio.Semaphore(2)
    active = []

    async def job(i):
        async with sem:
            active.append(i)
            log.append(f"job {i} starts with {sorted(active)}")
            await asyncio.sleep(0.01 * (i + 1))
            active.remove(i)

    await asyncio.gather(*(job(i) for i in range(5)))
    log.append(f"locked after: {sem.locked()}")
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        log.append(f"ValueError: {e}")
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        log.append(f"ValueError: {e}")
    gate = asyncio.Semaphore(0)
    waiter = asyncio.create_task(gate.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        log.append("waiter cancelled")
    gate.release()
    log.append(f"gate locked: {gate.locked()}")
    await gate.acquire()
    log.append(f"gate acquired, locked: {gate.locked()}")


async def main():
    await conditions()
    await semaphores()
    print("\n".join(log))


asyncio.run(main())
