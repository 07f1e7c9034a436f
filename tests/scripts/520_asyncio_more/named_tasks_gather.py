# create_task with names, gather with return_exceptions, task names and states
import asyncio

async def work(n, fail=False):
    await asyncio.sleep(n * 0.01)
    if fail:
        raise ValueError(f"bad {n}")
    return n * 10

async def main():
    tasks = [asyncio.create_task(work(i, fail=(i == 2)), name=f"worker-{i}") for i in range(1, 5)]
    for t in tasks:
        print(t.get_name(), t.done())
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for t, r in zip(tasks, results):
        print(t.get_name(), type(r).__name__, r)
    print([t.done() for t in tasks])
    print(tasks[1].exception())
    print(tasks[0].result())
    tasks[0].set_name("renamed")
    print(tasks[0].get_name())

asyncio.run(main())
