# gather without return_exceptions: first error propagates, other tasks keep running
import asyncio

log = []

async def slow(name, delay):
    await asyncio.sleep(delay)
    log.append(name)
    return name

async def boom():
    await asyncio.sleep(0.02)
    raise KeyError("boom")

async def main():
    a = asyncio.create_task(slow("a", 0.01))
    b = asyncio.create_task(slow("b", 0.05))
    try:
        await asyncio.gather(a, boom(), b)
    except KeyError as e:
        print("caught", repr(e))
    print("a done", a.done(), "b done", b.done())
    print(await b)
    print(log)

asyncio.run(main())
