# exceptions inside coroutines/tasks: propagation, task.exception(), finally in coroutines
import asyncio
async def fails(n):
    try:
        await asyncio.sleep(0)
        raise KeyError(n)
    finally:
        print("finally in fails", n)
async def fails2():
    await asyncio.sleep(0)
async def main():
    t = asyncio.create_task(fails(1))
    try:
        await t
    except KeyError as e:
        print("awaited error", repr(e), repr(t.exception()), t.done())
    t2 = asyncio.create_task(fails(2))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(t2.done(), repr(t2.exception()))
    try:
        t3 = asyncio.create_task(fails2())
        t3.result()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__ + ":", e)
    await t3
    return "main done"
print(asyncio.run(main()))
