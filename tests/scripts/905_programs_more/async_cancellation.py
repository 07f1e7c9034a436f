# asyncio cancellation: cleanup in finally, cancel messages, shield, asyncio.timeout blocks, and a job that fails.
import asyncio

events = []


async def download(name, seconds):
    events.append(f"start {name}")
    try:
        await asyncio.sleep(seconds)
        events.append(f"done {name}")
        return f"{name}.bin"
    except asyncio.CancelledError:
        events.append(f"cancelled {name}")
        raise
    finally:
        events.append(f"cleanup {name}")


async def save(data):
    await asyncio.sleep(0.03)
    events.append(f"saved {data}")
    return "saved"


async def main():
    t = asyncio.create_task(download("big", 1.0))
    await asyncio.sleep(0.02)
    t.cancel("user pressed stop")
    try:
        await t
    except asyncio.CancelledError as e:
        print("caught cancel:", e.args, t.cancelled())

    shielded = asyncio.create_task(save("report"))
    try:
        await asyncio.wait_for(asyncio.shield(shielded), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out waiting, but save continues")
    print(await shielded)

    try:
        async with asyncio.timeout(0.02):
            await download("slow", 0.5)
    except TimeoutError:
        print("timeout block expired")

    async with asyncio.timeout(0.5) as cm:
        result = await download("quick", 0.01)
    print(result, cm.expired())

    results = await asyncio.gather(download("a", 0.01), save("x"), asyncio.sleep(0.02, "zz"))
    print(results)
    print("\n".join(events))

    async def flaky(n):
        await asyncio.sleep(0.01 * n)
        if n == 2:
            raise ConnectionError(f"worker {n} lost connection")
        return n

    print(await asyncio.gather(*(flaky(i) for i in range(4)), return_exceptions=True))
    await asyncio.gather(*(flaky(i) for i in range(4)))


asyncio.run(main())
