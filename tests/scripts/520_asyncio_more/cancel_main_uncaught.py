# A CancelledError escaping a task awaited by main propagates out of asyncio.run
import asyncio

async def victim():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(victim(), name="victim")
    asyncio.get_running_loop().call_later(0.02, t.cancel)
    print("awaiting victim")
    await t

try:
    asyncio.run(main())
except asyncio.CancelledError:
    print("CancelledError escaped run")
    raise
