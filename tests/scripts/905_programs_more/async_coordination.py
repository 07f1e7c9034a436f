# asyncio coordination: an Event gate, a Lock-protected counter, wait_for timeouts and an async generator feed.
import asyncio


class Account:
    def __init__(self):
        self.balance = 0
        self.lock = asyncio.Lock()

    async def deposit(self, who, amount):
        async with self.lock:
            current = self.balance
            await asyncio.sleep(0.001)
            self.balance = current + amount
            return who


async def ticker(prices, delay):
    for p in prices:
        await asyncio.sleep(delay)
        yield p


async def gated_worker(name, gate, log):
    log.append(f"{name} waiting")
    await gate.wait()
    log.append(f"{name} running")
    return name.upper()


class Timer:
    def __init__(self, label):
        self.label = label

    async def __aenter__(self):
        print(f"enter {self.label}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print(f"exit {self.label}: {exc_type.__name__ if exc_type else 'ok'}")
        return exc_type is asyncio.TimeoutError


async def main():
    acct = Account()
    order = await asyncio.gather(*(acct.deposit(f"d{i}", 10 * i) for i in range(1, 6)))
    print("balance", acct.balance, order, acct.lock.locked())

    gate, log = asyncio.Event(), []
    workers = [asyncio.create_task(gated_worker(n, gate, log)) for n in ("ann", "bo")]
    await asyncio.sleep(0.02)
    print(log, gate.is_set())
    gate.set()
    print(await asyncio.gather(*workers), log[2:])

    total = 0
    async for price in ticker([101.5, 99.25, 102.0], 0.01):
        total += price
        print(f"price {price:>7.2f} running avg {total / 3:.2f}")
    print([p async for p in ticker(range(3), 0.005) if p != 1])

    try:
        await asyncio.wait_for(asyncio.sleep(1, result="late"), timeout=0.05)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    print(await asyncio.wait_for(asyncio.sleep(0.01, result="fast"), timeout=0.5))

    async with Timer("slow-op"):
        await asyncio.wait_for(asyncio.sleep(1), 0.02)
    print("after swallowed timeout")
    try:
        async with Timer("bad-op"):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", repr(e))


asyncio.run(main())
