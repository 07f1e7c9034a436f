# wait_for(asyncio.sleep(30), timeout=5) times out after 5 s while another task finishes a 2 s sleep first.
import asyncio

async def side():
    await asyncio.sleep(2)
    print("side task done at 2 s")

async def main():
    t = asyncio.create_task(side())
    try:
        await asyncio.wait_for(asyncio.sleep(30), timeout=5)
        print("not reached")
    except asyncio.TimeoutError:
        print("timed out after 5 s")
    print(t.done())

asyncio.run(main())
