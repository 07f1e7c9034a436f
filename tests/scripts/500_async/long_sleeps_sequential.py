# Sequential long sleeps in main (10 s, then 20 s) while a background task sleeps 25 s and another 1 s five times.
import asyncio

async def background(name, delay, times=1):
    for i in range(times):
        await asyncio.sleep(delay)
        print(name, "woke", i)

async def main():
    bg = asyncio.create_task(background("bg25", 25))
    quick = asyncio.create_task(background("quick", 1, 5))
    print("main sleeps 10")
    await asyncio.sleep(10)
    print("main woke at 10, sleeps 20")
    await asyncio.sleep(20)
    print("main woke at 30")
    print(bg.done(), quick.done())
    await bg
    await quick

asyncio.run(main())
