# A finished coroutine run again, and NaN delays, behave as in CPython.
import asyncio


async def answer():
    return 42


coro = answer()
print(asyncio.run(coro))
try:
    asyncio.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)


async def main():
    await asyncio.sleep(float("nan"))
    print("sleep(nan) returned")

    async def slow():
        await asyncio.sleep(1)
        return "slow"

    try:
        print(await asyncio.wait_for(slow(), float("nan")))
    except asyncio.TimeoutError:
        print("wait_for(nan) timed out")

asyncio.run(main())
