# loop.create_future and loop.create_task(name=): default Task-N names count per process, explicit names, non-str
# names converted with str(), set_name, and the future's get_loop
import asyncio


class Named:
    def __str__(self):
        return "named-object"


async def job(n):
    await asyncio.sleep(0)
    return n * 10


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(type(fut).__name__, fut.get_loop() is loop, fut.done())
    me = asyncio.current_task()
    print("main:", me.get_name(), me.get_loop() is loop)
    a = loop.create_task(job(1))
    b = loop.create_task(job(2), name="bee")
    c = loop.create_task(job(3), name=42)
    d = asyncio.create_task(job(4), name=Named())
    e = asyncio.create_task(job(5), name=None)
    for t in (a, b, c, d, e):
        print(repr(t.get_name()))
    a.set_name(3.5)
    b.set_name(None)
    c.set_name(("tuple", 1))
    for t in (a, b, c):
        print(repr(t.get_name()))
    print(await asyncio.gather(a, b, c, d, e))
    f = asyncio.ensure_future(job(6))
    print(f.get_name(), await f)
    fut.set_result("ok")
    print(await fut)


asyncio.run(main())
