# An event loop's state: new_event_loop/set_event_loop/get_event_loop, is_running/is_closed inside and outside,
# close() twice, close() and nested runs while it runs, and running a closed loop
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print("outside:", loop.is_running(), loop.is_closed())


async def inside():
    running = asyncio.get_running_loop()
    print("inside:", running is loop, loop.is_running(), loop.is_closed())
    print(asyncio.get_event_loop() is loop)
    try:
        loop.close()
    except RuntimeError as e:
        print("close while running:", e)
    fut = loop.create_future()
    try:
        loop.run_until_complete(fut)
    except RuntimeError as e:
        print("nested run_until_complete:", e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("nested run_forever:", e)
    print("still running:", loop.is_running(), fut.done())
    return "inside done"


print(loop.run_until_complete(inside()))
print("after:", loop.is_running(), loop.is_closed())
loop.close()
print("closed:", loop.is_running(), loop.is_closed())
loop.close()
print("closed twice:", loop.is_closed())
try:
    loop.run_forever()
except RuntimeError as e:
    print("run_forever ->", e)
done = loop.create_future()
print("create_future on a closed loop:", type(done).__name__)
asyncio.set_event_loop(None)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("get_running_loop:", e)
second = asyncio.new_event_loop()
print(second is not loop, second.is_closed())
second.close()
