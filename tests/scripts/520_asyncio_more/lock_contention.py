# Lock serializes a critical section among tasks; locked() state
import asyncio

lock = None
shared = 0

async def incr(name):
    global shared
    async with lock:
        print(name, "acquired", lock.locked())
        v = shared
        await asyncio.sleep(0.01)
        shared = v + 1
    print(name, "released")

async def main():
    global lock
    lock = asyncio.Lock()
    print(lock.locked())
    await asyncio.gather(*(incr(f"t{i}") for i in range(4)))
    print("shared", shared, lock.locked())
    await lock.acquire()
    try:
        await asyncio.wait_for(lock.acquire(), 0.02)
    except TimeoutError:
        print("could not acquire twice")
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
