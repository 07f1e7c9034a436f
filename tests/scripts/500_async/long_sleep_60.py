# A 60-second sleep alongside a ticker that wakes every 10 seconds (instant under weft's virtual clock).
import asyncio

async def long_sleeper():
    print("sleeping 60 s")
    await asyncio.sleep(60)
    print("woke after 60 s")
    return "long"

async def ticker():
    for i in range(1, 6):
        await asyncio.sleep(10)
        print("tick", i * 10)
    return "ticker"

async def main():
    print(await asyncio.gather(long_sleeper(), ticker()))

asyncio.run(main())
