# After cancellation, finally blocks (and async with exits) still await; a second cancel interrupts the cleanup
import asyncio


class Res:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print(self.name, "enter")
        return self

    async def __aexit__(self, et, e, tb):
        print(self.name, "exit begins", et.__name__ if et else None)
        await asyncio.sleep(0.02)
        print(self.name, "exit ends")
        return False


async def worker(name):
    try:
        async with Res(name + "-res"):
            await asyncio.sleep(1)
    finally:
        print(name, "finally begins")
        await asyncio.sleep(0.02)
        print(name, "finally ends")


async def impatient():
    try:
        await asyncio.sleep(1)
    finally:
        print("impatient cleanup starts")
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cleanup interrupted by second cancel")
            raise
        print("not reached")


async def main():
    w = asyncio.create_task(worker("w"))
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("w cancelled", w.cancelled())
    i = asyncio.create_task(impatient())
    await asyncio.sleep(0.01)
    i.cancel()
    await asyncio.sleep(0.02)
    print("i still running", not i.done())
    i.cancel()
    try:
        await i
    except asyncio.CancelledError:
        print("i cancelled", i.cancelled())
    print("summary done")


asyncio.run(main())
