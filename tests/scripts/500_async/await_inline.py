# `await coroutine` runs it inline without yielding to the loop: a task created earlier only runs at the first real suspension.
import asyncio

async def child(name):
    print("child", name, "start")
    r = name.upper()
    print("child", name, "end")
    return r

async def bystander():
    print("bystander runs")

async def main():
    t = asyncio.create_task(bystander())
    print("main before")
    r = await child("a")
    print("main got", r)
    r = await child("b")
    print("main got", r)
    await asyncio.sleep(0)
    print("main after sleep(0)")
    await t

asyncio.run(main())
