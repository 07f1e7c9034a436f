# Event wakes several waiters; clear and wait again
import asyncio

async def waiter(name, ev):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke", ev.is_set())

async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(f"w{i}", ev)) for i in range(3)]
    await asyncio.sleep(0.01)
    print("setting")
    ev.set()
    await asyncio.gather(*tasks)
    ev.clear()
    print("cleared", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.02)
    except asyncio.TimeoutError:
        print("timed out waiting")
    loop = asyncio.get_running_loop()
    loop.call_later(0.03, ev.set)
    print(await ev.wait())

asyncio.run(main())
