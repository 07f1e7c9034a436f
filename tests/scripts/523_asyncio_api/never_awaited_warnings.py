# "coroutine '...' was never awaited" RuntimeWarnings: emitted when the coroutine object is freed, pointing at the
# line running at that moment, once per coroutine; a closed or awaited coroutine does not warn
import asyncio
import gc


async def fetch(n):
    return n


class Service:
    async def ping(self):
        return "pong"


def make_and_drop():
    fetch(1)
    print("made and dropped in a function")


make_and_drop()
c = fetch(2)
print("holding one")
del c
print("deleted it")
Service().ping()
print("method coroutine dropped")
closed = fetch(3)
closed.close()
del closed
print("closed one: no warning")
pending = [fetch(i) for i in range(2)]
pending.clear()
gc.collect()
print("list cleared")


async def main():
    fetch(10)
    await asyncio.sleep(0)
    print("awaited:", await fetch(11))
    return "main"


print(asyncio.run(main()))
