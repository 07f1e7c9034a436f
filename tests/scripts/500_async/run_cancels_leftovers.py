# When the main coroutine returns, asyncio.run cancels a task still pending; it sees CancelledError and runs finally.
# (Only one task is left over: CPython cancels leftovers in the iteration order of a set of tasks.)
import asyncio

async def background(name, delay):
    try:
        print(name, "started")
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        raise
    finally:
        print(name, "finally")

async def main():
    asyncio.create_task(background("short", 0))
    asyncio.create_task(background("long", 3600))
    await asyncio.sleep(0.01)
    print("main returning")
    return "main result"

print(asyncio.run(main()))
print("after run")
