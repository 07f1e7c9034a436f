# Cancelling a task before its first step: the coroutine body never runs (not even try/finally),
# done-callbacks still run, and gather/wait see it as cancelled
import asyncio


async def body(name):
    print(name, "body started")
    try:
        await asyncio.sleep(0)
    finally:
        print(name, "finally")
    return name


async def main():
    t = asyncio.create_task(body("t"))
    t.add_done_callback(lambda f: print("callback: cancelled", f.cancelled()))
    print("cancel ->", t.cancel("early"))
    print("done right after cancel", t.done(), "cancelling", t.cancelling())
    await asyncio.sleep(0)
    print("after one yield done", t.done(), t.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print("await raised", e.args)
    print("cancel again ->", t.cancel())

    ts = [asyncio.create_task(body(f"b{i}")) for i in range(3)]
    ts[1].cancel()
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([r if isinstance(r, str) else type(r).__name__ for r in res])

    ts = [asyncio.create_task(body(f"c{i}"), name=f"c{i}") for i in range(2)]
    ts[0].cancel()
    done, pending = await asyncio.wait(ts)
    print(sorted((x.get_name(), x.cancelled()) for x in done), len(pending))
    print("summary", t.cancelled(), ts[0].cancelled(), ts[1].result())


asyncio.run(main())
