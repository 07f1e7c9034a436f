# Cancelling tasks waiting in Lock.acquire: the lock passes to the next live waiter, also when the
# cancelled waiter had already been chosen
import asyncio


async def contender(lock, name, log):
    print(name, "acquiring")
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        print(name, "cancelled while acquiring, locked", lock.locked())
        log.append(name + ":cancelled")
        raise
    try:
        print(name, "acquired")
        log.append(name)
        await asyncio.sleep(0)
    finally:
        lock.release()
        print(name, "released")


async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    ts = {n: asyncio.create_task(contender(lock, n, log)) for n in ["a", "b", "c", "d"]}
    await asyncio.sleep(0)
    ts["b"].cancel()
    await asyncio.sleep(0)
    print("main releases")
    lock.release()
    ts["a"].cancel()  # a was chosen to get the lock but is cancelled before it runs
    res = await asyncio.gather(*ts.values(), return_exceptions=True)
    print([type(r).__name__ for r in res])
    print("locked", lock.locked())
    print("summary", log)


asyncio.run(main())
