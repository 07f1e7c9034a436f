# An exception raised deep in a chain of awaited coroutines unwinds through their finally blocks to the catching one.
import asyncio

async def level3():
    await asyncio.sleep(0.01)
    raise KeyError("deep")

async def level2():
    try:
        await level3()
    finally:
        print("level2 finally")

async def level1():
    try:
        return await level2()
    except KeyError as e:
        print("level1 caught", e)
        return "recovered"

async def main():
    print(await level1())
    t = asyncio.create_task(level2())
    try:
        await t
    except KeyError as e:
        print("main caught from task", e)

asyncio.run(main())
