# async with context managers and task cancellation with try/finally cleanup
import asyncio
class Conn:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0)
        print("open", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
        return et is KeyError
async def worker(started):
    try:
        started.set()
        while True:
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("worker cancelled")
        raise
    finally:
        print("worker cleanup")
async def main():
    async with Conn("db") as c, Conn("cache"):
        print("using", c.name)
    async with Conn("suppress"):
        raise KeyError("x")
    try:
        async with Conn("err"):
            raise ValueError("v")
    except ValueError as e:
        print("propagated", e)
    ev = asyncio.Event()
    t = asyncio.create_task(worker(ev))
    await ev.wait()
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("main saw cancel", t.cancelled())
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
asyncio.run(main())
