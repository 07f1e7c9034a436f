# Lock and Semaphore wake waiters in FIFO order; the releasing task cannot barge back in ahead of them
import asyncio


async def user(prim, name, hold, log):
    print(name, "wants")
    async with prim:
        print(name, "has it")
        log.append(name)
        for _ in range(hold):
            await asyncio.sleep(0)
    print(name, "let go")


async def barger(prim, log):
    for i in range(2):
        async with prim:
            print("barger has it", i)
            log.append(f"barger{i}")
            await asyncio.sleep(0)


async def main():
    for prim in (asyncio.Lock(), asyncio.Semaphore(2)):
        print("--", type(prim).__name__)
        log = []
        ts = [asyncio.create_task(barger(prim, log))]
        ts += [asyncio.create_task(user(prim, f"u{i}", i % 3, log)) for i in range(5)]
        await asyncio.gather(*ts)
        print("order", log, "locked", prim.locked())


asyncio.run(main())
