# An error in async __aexit__ replaces the body's exception and escapes asyncio.run
import asyncio

class Conn:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0.01)
        print("enter", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0.01)
        print("exit", self.name, et.__name__ if et else None)
        if et is KeyError:
            raise RuntimeError("cleanup failed")
        return False

async def main():
    async with Conn("one"):
        print("body one")
    async with Conn("two"):
        {}["missing"]

asyncio.run(main())
