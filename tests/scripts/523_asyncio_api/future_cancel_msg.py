# Future.cancel(msg): the message reaches the CancelledError of result(), exception() and await; a waiting task sees
# it too; cancel() without a message; a message that is not a string
import asyncio


async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError as e:
        print("waiter caught:", e.args)
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.cancel("first message"), fut.cancelled(), fut.done())
    print(fut.cancel("second message"))
    for name in ("result", "exception"):
        try:
            getattr(fut, name)()
        except asyncio.CancelledError as e:
            print(name, "->", e.args)
    try:
        await fut
    except asyncio.CancelledError as e:
        print("await ->", e.args)

    plain = loop.create_future()
    plain.cancel()
    try:
        plain.result()
    except asyncio.CancelledError as e:
        print("no message ->", e.args)

    odd = loop.create_future()
    odd.cancel(msg=("tuple", 2))
    try:
        odd.result()
    except asyncio.CancelledError as e:
        print("tuple message ->", e.args)

    shared = loop.create_future()
    t = asyncio.create_task(waiter(shared))
    await asyncio.sleep(0)
    shared.cancel("the future went away")
    try:
        await t
    except asyncio.CancelledError as e:
        print("task ->", e.args, t.cancelled())


asyncio.run(main())
