# Tasks whose timers expire at the same deadline wake in the order they started sleeping; then they interleave via sleep(0).
import asyncio

async def napper(name, delay):
    await asyncio.sleep(delay)
    print(name, "woke")
    await asyncio.sleep(0)
    print(name, "after sleep(0)")

async def main():
    names = ["c", "a", "d", "b"]
    tasks = [asyncio.create_task(napper(n, 1)) for n in names]
    await asyncio.gather(*tasks)
    print("--")
    await asyncio.gather(napper("late", 0.3), napper("mid", 0.2), napper("early", 0.1))

asyncio.run(main())
