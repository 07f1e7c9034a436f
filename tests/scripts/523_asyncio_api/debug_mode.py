# Debug mode (asyncio.run(debug=True)): a callback running longer than loop.slow_callback_duration is logged to
# the 'asyncio' logger, coroutines made while the loop runs record where (cr_origin), and one never awaited says
# where it was created. The log shows the message up to the handle's callback (CPython adds "created at" with a
# path inside its own asyncio library).
import asyncio
import logging
import sys
import time


class Show(logging.Handler):
    def emit(self, record):
        message = record.getMessage()
        head = message.split(" took ")[0].split(" created at ")[0].rstrip(">")
        print("log:", record.levelname, head, "| ends with seconds:", message.endswith("seconds"))


logging.getLogger("asyncio").addHandler(Show())
logging.getLogger("asyncio").propagate = False


async def helper():
    return 1


def slow(n):
    time.sleep(0.15)
    print("slow ran", n)


def mine(origin):
    return [(line, name) for filename, line, name in origin if filename == __file__]


async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug(), loop.slow_callback_duration)
    print("depth:", sys.get_coroutine_origin_tracking_depth())
    c = helper()
    print("origin:", mine(c.cr_origin))
    c.close()
    loop.call_soon(slow, 1)
    await asyncio.sleep(0.01)
    loop.slow_callback_duration = 1.0
    loop.call_soon(slow, 2)
    await asyncio.sleep(0.01)
    loop.custom = "attribute"
    print(loop.custom, loop.slow_callback_duration)


print("depth before:", sys.get_coroutine_origin_tracking_depth())
asyncio.run(main(), debug=True)
print("depth after:", sys.get_coroutine_origin_tracking_depth())
print("outside a debug loop:", helper().cr_origin)


async def unused():
    pass


async def forgets():
    unused()
    await asyncio.sleep(0)

asyncio.run(forgets(), debug=True)
sys.set_coroutine_origin_tracking_depth(2)
made = helper()
print("tracked by hand:", mine(made.cr_origin))
made.close()
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print("ValueError:", e)
