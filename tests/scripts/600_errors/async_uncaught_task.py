# An exception from a task awaited through gather escapes asyncio.run: the task's frames appear in the traceback.
import asyncio

async def worker(n):
    await asyncio.sleep(0.01 * n)
    if n == 1:
        raise RuntimeError(f"worker {n} crashed")
    print("worker", n, "ok")
    return n

async def main():
    await asyncio.gather(worker(0), worker(1), worker(2))

asyncio.run(main())
