# types.coroutine: a generator-based coroutine that really yields to the event loop, interleaving with other tasks
import asyncio
import types

@types.coroutine
def pause():
    yield
    return "resumed"

async def worker(name, log):
    log.append(name + " start")
    r = await pause()
    log.append(f"{name} {r}")

async def main():
    log = []
    await asyncio.gather(worker("a", log), worker("b", log))
    print(log)
asyncio.run(main())

class Wait:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for _ in range(self.n):
            yield
        return self.n

async def counter(tag, n, log):
    log.append((tag, await Wait(n)))

async def main2():
    log = []
    await asyncio.gather(counter("x", 3, log), counter("y", 1, log), counter("z", 0, log))
    print(log)
asyncio.run(main2())
