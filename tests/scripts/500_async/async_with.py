# async with: __aenter__/__aexit__ awaited, several items, suppression, return/break/continue through the block,
# objects that are not asynchronous context managers or return non-awaitables, and asyncio.Lock/Semaphore
import asyncio

log = []


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        log.append(f"enter {self.name}")
        return self.name

    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        log.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.suppress


class NotAwaitable:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        return False


class BadExit:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 2


async def body_return():
    async with CM("r") as n:
        return n + "!"


async def loop_break():
    for i in range(3):
        async with CM(f"l{i}"):
            if i == 1:
                break
            continue
    return i


async def main():
    async with CM("a") as a, CM("b") as b:
        log.append(f"body {a} {b}")
    async with CM("s", suppress=True):
        raise ValueError("swallowed")
    try:
        async with CM("e"):
            raise KeyError("k")
    except KeyError as e:
        log.append(f"caught {e!r}")
    log.append(await body_return())
    log.append(await loop_break())
    for obj in (NotAwaitable(), BadExit(), object(), 5):
        try:
            async with obj:
                log.append("inside")
        except TypeError as e:
            log.append(f"TypeError: {e}")
    lock = asyncio.Lock()
    async def worker(i):
        async with lock:
            log.append(f"worker {i} in")
            await asyncio.sleep(0.01)
            log.append(f"worker {i} out")
    await asyncio.gather(*(worker(i) for i in range(3)))
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            log.append(f"sem {i}")
            await asyncio.sleep(0.01)
    await asyncio.gather(*(limited(i) for i in range(4)))
    print("\n".join(map(str, log)))


asyncio.run(main())
