# asyncio.wait (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, timeout, argument errors), as_completed (order and
# timeout) and shield (the inner task survives the outer's cancellation)
import asyncio

log = []


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    log.append(f"{name} finished")
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [asyncio.create_task(job(f"t{i}", 0.01 * (3 - i)), name=f"t{i}") for i in range(3)]
    done, pending = await asyncio.wait(tasks)
    log.append(f"all: {names(done)} {names(pending)}")
    tasks = [asyncio.create_task(job(f"u{i}", 0.02 * (i + 1)), name=f"u{i}") for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    log.append(f"first: {names(done)} {names(pending)}")
    done, pending = await asyncio.wait(pending, timeout=0.025)
    log.append(f"timeout: {names(done)} {names(pending)}")
    await asyncio.wait(pending)
    tasks = [asyncio.create_task(job("ok", 0.01), name="ok"), asyncio.create_task(job("bad", 0.02, True), name="bad"),
             asyncio.create_task(job("slow", 0.05), name="slow")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    log.append(f"first exception: {names(done)} {names(pending)} {[repr(t.exception()) for t in done if t.get_name() == 'bad']}")
    await asyncio.wait(pending)
    bad_coro = asyncio.sleep(0)
    for bad in ([], bad_coro):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            log.append(f"{type(e).__name__}: {e}")
    bad_coro.close()
    coro = asyncio.sleep(0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        log.append(f"TypeError: {e}")
    coro.close()
    try:
        await asyncio.wait([asyncio.create_task(job("x", 0))], return_when="SOMETIMES")
    except ValueError as e:
        log.append(f"ValueError: {e}")
    results = []
    for c in asyncio.as_completed([job("c3", 0.03), job("c1", 0.01), job("c2", 0.02)]):
        results.append(await c)
    log.append(f"as_completed: {results}")
    try:
        for c in asyncio.as_completed([job("late", 1.0)], timeout=0.01):
            await c
    except TimeoutError:
        log.append("as_completed timed out")
    inner = asyncio.create_task(job("shielded", 0.02))
    async def canceller():
        await asyncio.shield(inner)
    outer = asyncio.create_task(canceller())
    await asyncio.sleep(0.005)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        log.append("outer cancelled")
    log.append(f"inner result: {await inner}")
    done_already = asyncio.create_task(job("quick", 0))
    await done_already
    log.append(f"shield of done: {asyncio.shield(done_already) is done_already}")
    print("\n".join(log))


asyncio.run(main())
