# asyncio.timeout context manager: expired(), reschedule, nested timeouts
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.02) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out, expired:", cm.expired())
    async with asyncio.timeout(0.5) as cm:
        await asyncio.sleep(0.01)
    print("finished, expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        print("when", cm.when())
        loop = asyncio.get_running_loop()
        cm.reschedule(loop.time() + 0.02)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("inner sees CancelledError")
            raise
    print("unreachable")

async def outer():
    try:
        await main()
    except TimeoutError:
        print("rescheduled timeout fired")
    try:
        async with asyncio.timeout(0.05):
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
    except TimeoutError:
        print("inner timeout escaped outer block")
    print(asyncio.current_task().cancelling())

asyncio.run(outer())
