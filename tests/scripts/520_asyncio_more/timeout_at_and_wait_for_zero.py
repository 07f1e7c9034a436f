# timeout_at with absolute deadline; wait_for with timeout 0 on done and pending work
import asyncio

async def work():
    await asyncio.sleep(0.01)
    return "work"

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.02):
            print(await work())
            await asyncio.sleep(0.05)
    except TimeoutError:
        print("deadline hit")
    fut = loop.create_future()
    fut.set_result("ready")
    print(await asyncio.wait_for(fut, 0))
    try:
        await asyncio.wait_for(work(), 0)
    except TimeoutError:
        print("zero timeout")
    try:
        await asyncio.wait_for(work(), -1)
    except TimeoutError:
        print("negative timeout")

asyncio.run(main())
