# Cancelled tasks run finally blocks and async cleanup before finishing
import asyncio

async def worker(name):
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print(name, "cleaning up")
        await asyncio.sleep(0.01)
        print(name, "cleaned")
        raise
    finally:
        print(name, "finally")

async def main():
    ts = [asyncio.create_task(worker(f"w{i}"), name=f"w{i}") for i in range(2)]
    await asyncio.sleep(0.035)
    for t in ts:
        t.cancel()
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print([t.cancelled() for t in ts])

asyncio.run(main())
