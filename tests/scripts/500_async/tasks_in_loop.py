# Tasks started in a loop run concurrently; they finish by delay, and awaiting them in creation order collects results.
import asyncio

async def worker(i, delay):
    print(f"worker {i} sleeping {delay}")
    await asyncio.sleep(delay)
    print(f"worker {i} done")
    return i * 100

async def main():
    tasks = []
    for i in range(5):
        tasks.append(asyncio.create_task(worker(i, (5 - i) * 0.02)))
    print("created", len(tasks))
    results = []
    for t in tasks:
        results.append(await t)
    print(results)
    print(all(t.done() for t in tasks))

asyncio.run(main())
