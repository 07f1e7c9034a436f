# An exception escaping loop.run_until_complete at the top level: the traceback goes through the coroutines that
# raised it and the script exits with status 1
import asyncio


async def level2(x):
    await asyncio.sleep(0)
    return {"a": 1}[x]


async def level1(x):
    return await level2(x)


loop = asyncio.new_event_loop()
print(loop.run_until_complete(level1("a")))
print("now the missing key")
loop.run_until_complete(level1("missing"))
print("not reached")
