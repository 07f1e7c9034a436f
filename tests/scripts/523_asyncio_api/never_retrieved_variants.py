# Which failed futures and tasks get "exception was never retrieved" reports when freed: retrieving the exception
# with exception() or result(), or awaiting, silences it; a cancelled one never reports; a plain Future reports too
import asyncio
import gc


async def fail(tag):
    await asyncio.sleep(0)
    raise ValueError(tag)


async def main():
    loop = asyncio.get_running_loop()
    t1 = asyncio.create_task(fail("exception() called"), name="t1")
    t2 = asyncio.create_task(fail("result() called"), name="t2")
    t3 = asyncio.create_task(fail("nobody asked"), name="t3")
    t4 = asyncio.create_task(fail("cancelled"), name="t4")
    t5 = asyncio.create_task(fail("awaited"), name="t5")
    t4.cancel()
    await asyncio.sleep(0.02)
    print(repr(t1.exception()))
    try:
        t2.result()
    except ValueError as e:
        print("result raised", e)
    try:
        await t5
    except ValueError as e:
        print("await raised", e)
    print(t4.cancelled())
    del t1, t2, t3, t4, t5
    gc.collect()
    print("tasks freed")
    f1 = loop.create_future()
    f1.set_exception(OSError("plain future"))
    f2 = loop.create_future()
    f2.set_exception(OSError("retrieved"))
    f2.exception()
    del f1, f2
    gc.collect()
    print("futures freed")


asyncio.run(main())
