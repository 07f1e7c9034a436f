# Task repr shows name and state (addresses stripped)
import asyncio
import re

def show(t):
    r = repr(t)
    r = re.sub(r" at 0x[0-9a-f]+", "", r)
    r = re.sub(r"<[^<>]*\.py:\d+>", "<src>", r)
    print(r)

async def sleeper(result=None, exc=None):
    await asyncio.sleep(0.01)
    if exc:
        raise exc
    return result

async def main():
    a = asyncio.create_task(sleeper(7), name="A")
    b = asyncio.create_task(sleeper(exc=ValueError("x")), name="B")
    c = asyncio.create_task(sleeper(), name="C")
    print(a.get_name(), a.done())
    c.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print(a.done(), a.cancelled(), a.result())
    print(b.done(), b.cancelled(), repr(b.exception()))
    print(c.done(), c.cancelled())
    show(a)
    show(c)

asyncio.run(main())
