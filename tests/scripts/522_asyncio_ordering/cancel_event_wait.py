# Cancelling a task blocked in Event.wait(); the other waiters are still woken by set()
import asyncio


async def waiter(ev, name):
    try:
        await ev.wait()
        print(name, "woke")
        return name
    except asyncio.CancelledError as e:
        print(name, "cancelled", e.args)
        raise
    finally:
        print(name, "finally")


async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    ts[1].cancel("stop w1")
    await asyncio.sleep(0)
    print("w1 cancelled", ts[1].cancelled())
    ev.set()
    ts[2].cancel()  # set() already woke w2, but cancel wins before it resumes
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([r if isinstance(r, str) else type(r).__name__ for r in res])
    print("summary", [t.cancelled() for t in ts], ev.is_set())


asyncio.run(main())
