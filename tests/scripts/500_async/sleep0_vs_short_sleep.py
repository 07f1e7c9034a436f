# sleep(0) only yields one loop iteration, while sleep(0.001) waits for a timer: the sleep(0) steps all come first.
import asyncio

async def timer_task():
    print("timer: sleep(0.001)")
    await asyncio.sleep(0.001)
    print("timer: woke")

async def yielder():
    for i in range(3):
        print("yielder step", i)
        await asyncio.sleep(0)
    print("yielder done")

async def main():
    await asyncio.gather(timer_task(), yielder())

asyncio.run(main())
