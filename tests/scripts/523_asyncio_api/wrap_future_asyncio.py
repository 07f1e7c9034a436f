# asyncio.wrap_future: an asyncio future comes back as it is; anything but a concurrent.futures.Future fails
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(asyncio.wrap_future(fut) is fut)
    task = asyncio.ensure_future(asyncio.sleep(0, "slept"))
    print(asyncio.wrap_future(task) is task, await task)
    for bad in (42, "text", None):
        try:
            asyncio.wrap_future(bad)
        except AssertionError as e:
            print("AssertionError:", e)
    fut.set_result("done")
    print(await asyncio.wrap_future(fut))


asyncio.run(main())
