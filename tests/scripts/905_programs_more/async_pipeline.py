# An asyncio producer/consumer pipeline: two producers, a queue, three workers, results gathered in order.
import asyncio
from collections import defaultdict


async def producer(name, queue, items, delay):
    for i, item in enumerate(items):
        await asyncio.sleep(delay)
        await queue.put((name, i, item))
        print(f"[{name}] put {item}")
    return len(items)


async def worker(wid, queue, results, stats):
    while True:
        src, idx, item = await queue.get()
        try:
            if item is None:
                print(f"worker {wid} stopping")
                return
            await asyncio.sleep(0.005)
            value = item.upper() if isinstance(item, str) else item * item
            results[src].append((idx, value))
            stats[wid] += 1
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=3)
    results = defaultdict(list)
    stats = defaultdict(int)
    workers = [asyncio.create_task(worker(w, queue, results, stats)) for w in range(3)]
    counts = await asyncio.gather(
        producer("words", queue, ["ant", "bee", "cat", "dog"], 0.02),
        producer("nums", queue, [3, 5, 7], 0.03),
    )
    print("produced", counts)
    await queue.join()
    print("queue drained, size", queue.qsize())
    for _ in workers:
        await queue.put(("ctl", -1, None))
    await asyncio.gather(*workers)
    for src in sorted(results):
        print(src, [v for _, v in sorted(results[src])])
    print("total handled", sum(stats.values()), "by", len(stats) <= 3)
    print(all(w.done() for w in workers), [w.result() for w in workers])


asyncio.run(main())
