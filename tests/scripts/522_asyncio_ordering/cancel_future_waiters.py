# Cancelling a task that awaits a bare Future cancels that future too; cancelling the future itself
# raises CancelledError in every task awaiting it
import asyncio


async def awaiter(fut, name):
    try:
        return await fut
    except asyncio.CancelledError as e:
        print(name, "CancelledError", e.args)
        raise


async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    t = asyncio.create_task(awaiter(f1, "t"))
    await asyncio.sleep(0)
    t.cancel("task msg")
    await asyncio.sleep(0)
    print("f1 cancelled", f1.cancelled(), "t done", t.done())
    await asyncio.sleep(0)
    print("t cancelled", t.cancelled())

    f2 = loop.create_future()
    f2.add_done_callback(lambda f: print("f2 callback, cancelled", f.cancelled()))
    ts = [asyncio.create_task(awaiter(f2, f"u{i}")) for i in range(2)]
    await asyncio.sleep(0)
    print("cancel f2", f2.cancel("future msg"))
    print("cancel f2 again", f2.cancel())
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([type(r).__name__ for r in res])
    try:
        f2.result()
    except asyncio.CancelledError as e:
        print("result() raises", e.args)
    try:
        f2.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)

    f3 = loop.create_future()
    f3.set_result("done early")
    t3 = asyncio.create_task(awaiter(f3, "v"))
    t3.cancel()
    try:
        await t3
    except asyncio.CancelledError:
        print("v cancelled before it could read a finished future")
    print("summary", f1.cancelled(), f2.cancelled(), f3.result())


asyncio.run(main())
