# Condition: notify(n), notify_all, wait_for predicate
import asyncio

items = []

async def consumer(name, cond):
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        item = items.pop(0)
        print(name, "got", item)

async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(consumer(f"c{i}", cond)) for i in range(3)]
    await asyncio.sleep(0.01)
    for i in range(3):
        async with cond:
            items.append(i)
            cond.notify(1)
        await asyncio.sleep(0.01)
    await asyncio.gather(*tasks)

    flag = False
    async def w(n):
        async with cond:
            r = await cond.wait_for(lambda: flag)
            print("w", n, r)
    ts = [asyncio.create_task(w(n)) for n in range(2)]
    await asyncio.sleep(0.01)
    async with cond:
        flag = True
        cond.notify_all()
    await asyncio.gather(*ts)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
