# Nested TaskGroups, results via task.result(), error in inner group
import asyncio

async def val(x, d):
    await asyncio.sleep(d)
    return x

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(val(1, 0.01))
        b = tg.create_task(val(2, 0.02))
    return a.result() + b.result()

async def bad_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(val(1, 0.01))
        tg.create_task(asyncio.sleep(0.01, result=None))
        raise RuntimeError("body failed")

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(inner_group(), name="g1")
        t2 = tg.create_task(inner_group(), name="g2")
    print(t1.result(), t2.result())
    try:
        await bad_group()
    except* RuntimeError as eg:
        print("eg:", repr(eg.exceptions[0]), len(eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(val(1, 0.01))
            tg.create_task(bad_group())
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, len(eg.exceptions))
        print(type(eg.exceptions[0]).__name__, eg.exceptions[0].exceptions)

asyncio.run(main())
