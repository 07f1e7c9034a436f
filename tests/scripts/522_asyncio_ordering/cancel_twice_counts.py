# cancel() twice: cancelling() counts requests, which message wins, uncancel() lowering the count,
# and a task surviving two cancellations only after uncancelling twice
import asyncio


async def victim():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        t = asyncio.current_task()
        print("victim sees", e.args, "cancelling", t.cancelling())
        raise


async def survivor():
    t = asyncio.current_task()
    n = 0
    while True:
        try:
            await asyncio.sleep(0.02)
            print("survivor slept, cancelling", t.cancelling())
            if n >= 2:
                return n
        except asyncio.CancelledError as e:
            n += 1
            print("survivor caught", n, e.args, "cancelling", t.cancelling())
            print("uncancel ->", t.uncancel())


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    print(t.cancel("first"), t.cancel("second"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees", e.args)
    print("after done", t.cancelling(), t.cancel())

    s = asyncio.create_task(survivor())
    await asyncio.sleep(0.01)
    s.cancel("x")
    await asyncio.sleep(0)
    s.cancel("y")
    r = await s
    print("survivor returned", r, s.cancelled(), s.cancelling())
    print("summary", t.cancelled(), s.done())


asyncio.run(main())
