# Futures: set_result, set_exception, callbacks, ensure_future/wrap
import asyncio

def on_done(fut):
    if fut.cancelled():
        print("callback: cancelled")
    elif fut.exception():
        print("callback: exception", repr(fut.exception()))
    else:
        print("callback: result", fut.result())

async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f1.add_done_callback(on_done)
    loop.call_later(0.01, f1.set_result, 10)
    print(await f1)
    f2 = loop.create_future()
    f2.add_done_callback(on_done)
    f2.set_exception(OSError("disk"))
    try:
        await f2
    except OSError as e:
        print("awaited", e)
    f3 = loop.create_future()
    f3.add_done_callback(on_done)
    f3.cancel()
    await asyncio.sleep(0)
    try:
        f1.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", type(e).__name__)
    t = asyncio.ensure_future(asyncio.sleep(0.01, result="slept"))
    print(type(t).__name__, await t)
    print(asyncio.ensure_future(t) is t, asyncio.isfuture(f1), asyncio.isfuture(42))
    f4 = loop.create_future()
    f4.add_done_callback(on_done)
    print(f4.remove_done_callback(on_done))
    f4.set_result(None)
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
