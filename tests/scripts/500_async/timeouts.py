# asyncio.timeout and timeout_at (3.11): expiry turns the task's cancellation into TimeoutError, in-time blocks
# and None leave it alone, reschedule, and the state errors
import asyncio

log = []


async def slow(delay, name):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    try:
        async with asyncio.timeout(0.02) as cm:
            log.append(f"entered {cm.expired()}")
            await slow(1.0, "a")
    except TimeoutError:
        log.append(f"timed out, expired={cm.expired()}")
    async with asyncio.timeout(0.5) as cm:
        r = await slow(0.01, "b")
    log.append(f"in time: {r} expired={cm.expired()} when set={cm.when() is not None}")
    async with asyncio.timeout(None) as cm:
        await slow(0.01, "c")
        log.append(f"none when={cm.when()}")
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await slow(1.0, "d")
    except TimeoutError:
        log.append("timeout_at fired")
    try:
        async with asyncio.timeout(0.5) as cm:
            cm.reschedule(loop.time() + 0.01)
            await slow(1.0, "e")
    except TimeoutError:
        log.append("rescheduled timeout fired")
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        log.append(f"RuntimeError: {e}")
    try:
        async with asyncio.timeout(0.5):
            raise KeyError("inner")
    except KeyError as e:
        log.append(f"KeyError passes: {e}")
    t = asyncio.Timeout(None)
    log.append(repr(t))
    try:
        async with asyncio.timeout(0):
            await slow(1.0, "f")
    except TimeoutError:
        log.append("zero timeout fired")
    print("\n".join(log))


asyncio.run(main())
