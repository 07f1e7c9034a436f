# An event loop's life: new_event_loop/set_event_loop/get_event_loop, is_running/is_closed inside and outside,
# close() twice, close() on the running loop, and the methods that refuse to work once the loop is closed
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
    try:
        loop.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print("nested run_until_complete:", e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("nested run_forever:", e)
    return "inside done"


coro = inside()
print(loop.run_until_complete(coro))
print("after:", loop.is_running(), loop.is_closed())
loop.close()
print("closed:", loop.is_running(), loop.is_closed())
loop.close()
print("closed twice:", loop.is_closed())


def cb():
    print("never called")


for what, call in [
    ("call_soon", lambda: loop.call_soon(cb)),
    ("call_later", lambda: loop.call_later(0.1, cb)),
    ("call_at", lambda: loop.call_at(loop.time() + 1, cb)),
    ("run_forever", lambda: loop.run_forever()),
]:
    try:
        call()
    except RuntimeError as e:
        print(what, "->", e)
print("create_future works:", type(loop.create_future()).__name__)
print("time works:", loop.time() >= 0)
asyncio.set_event_loop(None)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("get_running_loop:", e)
