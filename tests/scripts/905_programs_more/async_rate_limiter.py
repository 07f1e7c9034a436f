# Rate limiting an API client shared by many tasks: a token bucket (refilled from loop.time(), waiters queued on a
# FIFO asyncio.Lock) wrapped around calls by a functools decorator, a request cancelled while it waits for a token,
# one that gives up through asyncio.wait_for, then a sliding-window limiter driven by a ticker and an
# asyncio.Condition with a Semaphore capping concurrency. Times are printed as slot numbers since the start.
import asyncio
import functools
from collections import defaultdict, deque

SLOT = 0.05  # one token per slot


class TokenBucket:
    def __init__(self, per_slot, capacity):
        self.rate = per_slot / SLOT
        self.capacity = capacity
        self.tokens = float(capacity)
        self.loop = asyncio.get_running_loop()
        self.updated = self.loop.time()
        self.lock = asyncio.Lock()
        self.stats = defaultdict(int)

    def _refill(self):
        now = self.loop.time()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    async def acquire(self, cost=1):
        async with self.lock:
            self._refill()
            if self.tokens < cost - 1e-6:
                self.stats["waited"] += 1
            try:
                while self.tokens < cost - 1e-6:
                    await asyncio.sleep((cost - self.tokens) / self.rate)
                    self._refill()
            except asyncio.CancelledError:
                self.stats["cancelled"] += 1
                raise
            self.tokens -= cost
            self.stats["granted"] += 1


def limited(bucket_attr):
    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(self, *args):
            await getattr(self, bucket_attr).acquire()
            return await fn(self, *args)
        return wrapper
    return decorate


class ApiClient:
    def __init__(self, bucket, start):
        self.bucket = bucket
        self.start = start
        self.log = defaultdict(list)

    def slot(self):
        return round((self.bucket.loop.time() - self.start) / SLOT)

    @limited("bucket")
    async def get(self, name):
        """Pretend to call a remote endpoint."""
        self.log[self.slot()].append(name)
        await asyncio.sleep(0)
        return name.upper()


def show(log):
    for slot in sorted(log):
        print(f"  slot {slot:2}: {' '.join(log[slot])}")


class SlidingWindow:
    """At most `limit` starts in any `window` consecutive slots; a ticker wakes the waiters every slot."""

    def __init__(self, limit, window):
        self.limit, self.window = limit, window
        self.cond = asyncio.Condition()
        self.starts = deque()
        self.now = 0

    async def ticker(self, start, loop):
        while True:
            await asyncio.sleep(start + (self.now + 1) * SLOT - loop.time())
            async with self.cond:
                self.now += 1
                while self.starts and self.starts[0] <= self.now - self.window:
                    self.starts.popleft()
                self.cond.notify_all()

    async def acquire(self):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.starts) < self.limit)
            self.starts.append(self.now)
            return self.now


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    client = ApiClient(TokenBucket(per_slot=1, capacity=3), start)
    print("wrapped:", ApiClient.get.__name__, "-", ApiClient.get.__doc__)
    tasks = {f"r{i}": asyncio.create_task(client.get(f"r{i}")) for i in range(8)}
    await asyncio.sleep(SLOT * 2.25)
    print("at slot", client.slot(), "lock held:", client.bucket.lock.locked())
    tasks["r5"].cancel()  # r5 holds the lock, sleeping until the next token
    tasks["r7"].cancel()  # r7 is still queued on the lock
    try:
        await asyncio.wait_for(client.get("hurry"), timeout=SLOT)
    except TimeoutError:
        print("hurry: timed out at slot", client.slot())
    results = await asyncio.gather(*tasks.values(), return_exceptions=True)
    for name, res in zip(tasks, results):
        if isinstance(res, asyncio.CancelledError):
            print(f"  {name}: cancelled")
    print("results:", [r for r in results if isinstance(r, str)])
    show(client.log)
    print("stats:", dict(client.bucket.stats))

    await asyncio.sleep(SLOT * 3.5)  # idle: the bucket fills up again, but only to its capacity
    base = client.slot()
    client.log.clear()
    burst = await asyncio.gather(*(client.get(f"b{i}") for i in range(5)))
    print("burst after idle:", burst)
    show({s - base: names for s, names in client.log.items()})

    window = SlidingWindow(limit=2, window=3)
    tick = asyncio.create_task(window.ticker(loop.time(), loop))
    sem, ran, peak = asyncio.Semaphore(2), defaultdict(list), [0, 0]

    async def job(name, slots):
        async with sem:
            peak[0] += 1
            peak[1] = max(peak)
            s = await window.acquire()
            ran[s].append(name)
            await asyncio.sleep((slots - 0.25) * SLOT)  # ends between two ticks
            peak[0] -= 1

    await asyncio.gather(*(job(f"w{i}", d) for i, d in enumerate([1, 5, 1, 2, 1, 1])))
    tick.cancel()
    print("sliding window (2 per 3 slots, 2 at a time):")
    show(ran)
    print("peak concurrency:", peak[1], "ticks:", window.now)


asyncio.run(main())
