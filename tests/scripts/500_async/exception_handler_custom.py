# loop exception handlers: get/set, a failed task nobody awaits reaches the handler when it is freed, and the
# default handler's report ("Task exception was never retrieved", "Exception in callback")
import asyncio
def custom_handler(loop, context):
    print("custom_handler", context["message"], repr(context["exception"]))
async def task(i):
    raise ValueError(i, i + 1)
def callback(x):
    raise KeyError(x)
async def main():
    loop = asyncio.get_event_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(custom_handler)
    print(loop.get_exception_handler() == custom_handler)
    asyncio.create_task(task(0))
    for _ in range(2):
        await asyncio.sleep(0)
    loop.call_soon(callback, "k1")
    await asyncio.sleep(0)
    t = asyncio.create_task(task(3))
    await asyncio.sleep(0)
    try:
        await t
    except ValueError as er:
        print("awaited:", repr(er))
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print(e)
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "custom report", "detail": [1, 2]})
    loop.call_soon(callback, "k2")
    await asyncio.sleep(0)
    asyncio.create_task(task(9))
    await asyncio.sleep(0.01)
    print("done")
asyncio.run(main())
