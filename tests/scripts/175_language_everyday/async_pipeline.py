# realistic async program: crawler-like fan-out with semaphore, queue workers and result aggregation
import asyncio
PAGES = {"/": ["/a", "/b"], "/a": ["/c", "/"], "/b": ["/c", "/d"], "/c": [], "/d": ["/a"]}
async def fetch(path):
    await asyncio.sleep(0)
    if path == "/d":
        raise ConnectionError(f"timeout fetching {path}")
    return PAGES[path]
async def crawl(start, workers=2):
    seen = {start}
    q = asyncio.Queue()
    q.put_nowait(start)
    results, failures = {}, {}
    async def worker(wid):
        while True:
            path = await q.get()
            try:
                links = await fetch(path)
                results[path] = links
                for link in links:
                    if link not in seen:
                        seen.add(link)
                        q.put_nowait(link)
            except ConnectionError as e:
                failures[path] = str(e)
            finally:
                q.task_done()
    tasks = [asyncio.create_task(worker(i)) for i in range(workers)]
    await q.join()
    for t in tasks:
        t.cancel()
    outcomes = await asyncio.gather(*tasks, return_exceptions=True)
    print("workers:", [type(o).__name__ for o in outcomes])
    return results, failures
results, failures = asyncio.run(crawl("/"))
for page in sorted(results):
    print(f"{page:<3} -> {results[page]}")
print("failures:", failures)
async def countdown(name, n):
    out = []
    while n:
        out.append(f"{name}{n}")
        n -= 1
        await asyncio.sleep(0)
    return out
async def main():
    done = await asyncio.gather(*(countdown(c, i) for i, c in enumerate("xyz", 1)))
    print(done)
asyncio.run(main())
