# Default exception handler logs an exception raised in a call_soon callback
import asyncio

def broken(x):
    return 1 / x

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(broken, 0)
    await asyncio.sleep(0.01)
    print("loop still running")

asyncio.run(main())
