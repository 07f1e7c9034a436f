# Awaiting an already-finished task returns its result without yielding: a ready task gets no turn in between.
import asyncio

async def quick():
    return "quick result"

async def chatter():
    for i in range(3):
        print("chatter", i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(quick())
    await asyncio.sleep(0.01)
    print("t done:", t.done())
    c = asyncio.create_task(chatter())
    r = await t
    print("got", r, "with no chatter before it")
    r2 = await t
    print("again", r2)
    await asyncio.sleep(0)
    print("main after sleep(0)")
    await c

asyncio.run(main())
