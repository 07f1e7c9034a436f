# What a custom exception handler sees as the current task: the calling task for call_exception_handler made in a
# task, None for errors in callbacks; the handler receives the loop itself
import asyncio


def handler(loop, context):
    t = asyncio.current_task(loop)
    print("handler:", context["message"], "| current task:", t.get_name() if t else None,
          "| same loop:", loop is asyncio.get_running_loop())


def failing_callback():
    raise ValueError("callback failure")


async def reporter():
    asyncio.get_running_loop().call_exception_handler({"message": "from the reporter task"})
    await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_exception_handler({"message": "from main"})
    await asyncio.create_task(reporter(), name="reporter")
    loop.call_soon(failing_callback)
    await asyncio.sleep(0)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: loop.call_exception_handler({"message": "from a done callback"}))
    fut.set_result(None)
    await asyncio.sleep(0)


asyncio.run(main())
