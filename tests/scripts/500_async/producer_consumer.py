# Two producers and two consumers share a bounded queue; an Event tells consumers the producers have finished.
import asyncio

async def producer(name, q, n, delay):
    for i in range(n):
        await q.put(f"{name}{i}")
        await asyncio.sleep(delay)
    print(name, "produced", n)

async def consumer(name, q, done, seen):
    while not (done.is_set() and q.empty()):
        try:
            item = await asyncio.wait_for(q.get(), timeout=0.05)
        except asyncio.TimeoutError:
            continue
        seen.append((name, item))

async def main():
    q = asyncio.Queue(maxsize=2)
    done = asyncio.Event()
    seen = []
    consumers = [asyncio.create_task(consumer(c, q, done, seen)) for c in ("c1", "c2")]
    await asyncio.gather(producer("p", q, 4, 0.02), producer("r", q, 3, 0.01))
    done.set()
    await asyncio.gather(*consumers)
    print(sorted(item for _, item in seen))
    print(len(seen))

asyncio.run(main())
