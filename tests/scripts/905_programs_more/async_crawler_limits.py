# An async "crawler" limited by a Semaphore, collecting with as_completed, cancelling stragglers via wait().
import asyncio

LATENCY = {"a": 0.03, "b": 0.01, "c": 0.05, "d": 0.02, "e": 0.09, "f": 0.04}
LINKS = {"a": ["b", "c"], "b": ["d"], "c": ["e", "f"], "d": [], "e": ["a"], "f": []}


async def fetch(url, sem, active, peak):
    async with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        try:
            await asyncio.sleep(LATENCY[url])
            return url, LINKS[url]
        finally:
            active[0] -= 1


async def crawl(start, limit):
    sem = asyncio.Semaphore(limit)
    active, peak = [0], [0]
    seen = {start}
    order = []
    pending = {asyncio.create_task(fetch(start, sem, active, peak))}
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for task in sorted(done, key=lambda t: t.result()[0]):
            url, links = task.result()
            order.append(url)
            for link in links:
                if link not in seen:
                    seen.add(link)
                    pending.add(asyncio.create_task(fetch(link, sem, active, peak)))
    return order, peak[0]


async def first_responder():
    async def mirror(name, delay):
        await asyncio.sleep(delay)
        return name

    tasks = [asyncio.create_task(mirror(n, d)) for n, d in [("eu", 0.05), ("us", 0.02), ("asia", 0.08)]]
    results = []
    for coro in asyncio.as_completed(tasks):
        results.append(await coro)
    print("as_completed:", results)

    tasks = [asyncio.create_task(mirror(n, d)) for n, d in [("eu", 0.05), ("us", 0.02), ("asia", 0.08)]]
    done, pending = await asyncio.wait(tasks, timeout=0.06)
    print("done:", sorted(t.result() for t in done), "pending:", len(pending))
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print("cancelled:", [t.cancelled() for t in tasks])


async def main():
    for limit in (1, 2, 4):
        order, peak = await crawl("a", limit)
        print(f"limit={limit} order={''.join(order)} peak={peak}")
    await first_responder()


asyncio.run(main())
