# create_task refuses what is not a coroutine (TypeError with its repr); asyncio.create_task needs a running loop
import asyncio


async def work():
    return "work done"


class Thing:
    def __repr__(self):
        return "<Thing>"


c = work()
try:
    asyncio.create_task(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()

loop = asyncio.new_event_loop()
for bad in (42, None, Thing(), "text"):
    try:
        loop.create_task(bad)
    except TypeError as e:
        print("loop.create_task TypeError:", e)


async def main():
    for bad in (42, Thing()):
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print("asyncio.create_task TypeError:", e)
    fut = asyncio.get_running_loop().create_future()
    try:
        asyncio.create_task(fut)
    except TypeError as e:
        print("a future:", str(e).split(" got ")[0])
    fut.cancel()
    return await asyncio.create_task(work())


print(loop.run_until_complete(main()))
loop.close()
