# At exit, a task still pending is reported destroyed, and a task whose exception nobody retrieved says so, after
# what the program printed (CPython flushes stdout before it finalizes the modules).
import asyncio

failed = None


async def fail():
    raise ValueError("nobody looked")


async def forever():
    await asyncio.sleep(3600)


async def start():
    global failed
    failed = asyncio.create_task(fail())
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    print("started")


loop = asyncio.new_event_loop()
loop.run_until_complete(start())
print("end of the program")
