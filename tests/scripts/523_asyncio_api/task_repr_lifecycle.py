# Task repr through a task's life: created (not started), suspended on a sleep, cancelling, finished with a result,
# finished with an exception, cancelled; the coroutine's location is part of it (the folder shows as <dir>)
import asyncio


async def napper(n):
    await asyncio.sleep(n)
    return "rested"


async def failer():
    await asyncio.sleep(0)
    raise KeyError("missing")


async def main():
    a = asyncio.create_task(napper(0.02), name="napper")
    print(a)
    await asyncio.sleep(0)
    print(repr(a).split(" wait_for=")[0])
    b = asyncio.create_task(napper(1), name="to-cancel")
    await asyncio.sleep(0)
    b.cancel()
    print(repr(b).split(" wait_for=")[0])
    c = asyncio.create_task(failer(), name="failer")
    await asyncio.gather(a, b, c, return_exceptions=True)
    print(a)
    print(b)
    print(c)
    d = asyncio.create_task(napper(0), name=17)
    d.cancel()
    print(d)
    await asyncio.sleep(0)
    print(d)
    print(str(a) == repr(a))


asyncio.run(main())
