# asyncio.sleep(...) is a coroutine: create_task, loop.create_task and asyncio.run take it
import asyncio
async def main():
    t = asyncio.create_task(asyncio.sleep(0.01, "slept"))
    print(await t)
    loop = asyncio.get_running_loop()
    t2 = loop.create_task(asyncio.sleep(0.01, "loop"))
    print(await t2, t2.done())
    r = await asyncio.gather(asyncio.sleep(0.01, 1), asyncio.sleep(0.02, 2))
    print(r)
print(asyncio.run(asyncio.sleep(0.01, "direct")))
asyncio.run(main())
