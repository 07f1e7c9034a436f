# asyncio.wait_for: a result within the timeout, and TimeoutError after cancelling the slow coroutine (which sees CancelledError).
import asyncio

async def slow(delay):
    try:
        await asyncio.sleep(delay)
        return "finished"
    except asyncio.CancelledError:
        print("slow: cancelled after timeout")
        raise

async def main():
    print(await asyncio.wait_for(slow(0.05), timeout=1))
    try:
        await asyncio.wait_for(slow(10), timeout=0.1)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, repr(e))
    print(asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(slow(0), timeout=None))

asyncio.run(main())
