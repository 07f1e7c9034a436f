# Loop iterations needed to resume: an awaited task wakes its awaiter one iteration after it finishes, gather two.
import asyncio

async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)

async def worker(name):
    print(name, "start")
    await asyncio.sleep(0)
    print(name, "end")
    return name

async def main():
    tk = asyncio.create_task(ticker(5))
    w = asyncio.create_task(worker("task"))
    print("main got", await w)
    await tk
    print("--")
    tk = asyncio.create_task(ticker(6))
    print("main got", await asyncio.gather(worker("g1"), worker("g2")))
    await tk
    print("--")
    tk = asyncio.create_task(ticker(3))
    print("main got", await worker("inline"))
    await tk

asyncio.run(main())
