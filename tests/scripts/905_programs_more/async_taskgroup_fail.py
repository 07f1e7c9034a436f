# Fetching "pages" concurrently with a TaskGroup; two fetches fail and the ExceptionGroup escapes asyncio.run.
import asyncio

PAGES = {"/": "home", "/about": "about us", "/blog": "posts", "/shop": None, "/admin": 403}


class FetchError(Exception):
    def __init__(self, url, reason):
        super().__init__(f"{url}: {reason}")
        self.url = url


async def fetch(url, delay):
    await asyncio.sleep(delay)
    body = PAGES.get(url, 404)
    if isinstance(body, int):
        raise FetchError(url, f"HTTP {body}")
    if body is None:
        raise ValueError(f"empty body for {url}")
    return body


async def crawl_ok():
    async with asyncio.TaskGroup() as tg:
        tasks = {u: tg.create_task(fetch(u, d)) for u, d in [("/", 0.03), ("/about", 0.01), ("/blog", 0.02)]}
    return {u: t.result() for u, t in tasks.items()}


async def crawl_with_handling():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("/", 0.01))
            tg.create_task(fetch("/missing", 0.02))
            slow = tg.create_task(fetch("/blog", 0.5))
    except* FetchError as eg:
        print("handled fetch errors:", [str(e) for e in eg.exceptions])
        print("slow task cancelled:", slow.cancelled())


async def crawl_all():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch("/", 0.01))
        tg.create_task(fetch("/shop", 0.02))
        tg.create_task(fetch("/admin", 0.02))
        tg.create_task(fetch("/blog", 0.01))


async def main():
    pages = await crawl_ok()
    print(pages)
    await crawl_with_handling()
    await crawl_all()


asyncio.run(main())
