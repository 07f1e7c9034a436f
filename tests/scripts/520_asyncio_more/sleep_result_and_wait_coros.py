# asyncio.sleep(result=...), wait() on tasks, iscoroutine checks, run() return value
import asyncio

async def add(a, b):
    return await asyncio.sleep(0.01, result=a + b)

async def main():
    c = add(1, 2)
    print(asyncio.iscoroutine(c), asyncio.iscoroutinefunction(add))
    print(await c)
    t1 = asyncio.create_task(add(2, 3))
    t2 = asyncio.create_task(add(4, 5))
    done, pending = await asyncio.wait([t1, t2])
    print(sorted(t.result() for t in done), pending)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    return "main result"

print(asyncio.run(main()))
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
