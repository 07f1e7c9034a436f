# Exception raised inside an async generator escapes asyncio.run with traceback
import asyncio

async def readings():
    for v in [3, 1, 0, 5]:
        await asyncio.sleep(0.01)
        yield 10 // v

async def main():
    async for r in readings():
        print("reading", r)

asyncio.run(main())
