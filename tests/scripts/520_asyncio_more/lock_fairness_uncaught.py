# Lock waiters acquire in FIFO order; a failing step ends the program
import asyncio

async def step(lock, name, fail=False):
    async with lock:
        print(name, "in")
        await asyncio.sleep(0.01)
        if fail:
            raise PermissionError(f"{name} not allowed")
        print(name, "out")

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(step(lock, "first"), step(lock, "second", fail=True), step(lock, "third"))
    print("never")

asyncio.run(main())
