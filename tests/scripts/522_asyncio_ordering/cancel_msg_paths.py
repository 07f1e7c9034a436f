# Cancel messages: what CancelledError.args shows inside the task, to a task awaiting it, through gather,
# and through a Future
import asyncio


async def sleeper(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print(name, "inside sees", e.args)
        raise


async def awaiting(name, t):
    try:
        await t
    except asyncio.CancelledError as e:
        print(name, "awaiting sees", e.args)
        raise


async def main():
    t = asyncio.create_task(sleeper("t"))
    u = asyncio.create_task(awaiting("u", t))
    await asyncio.sleep(0.01)
    t.cancel("why")
    try:
        await u
    except asyncio.CancelledError as e:
        print("main sees", e.args, u.cancelled(), t.cancelled())

    t = asyncio.create_task(sleeper("t2"))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print("no message", e.args)

    g = asyncio.gather(sleeper("g1"), sleeper("g2"))
    await asyncio.sleep(0.01)
    g.cancel("gather msg")
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather sees", e.args)

    fut = asyncio.get_running_loop().create_future()
    v = asyncio.create_task(awaiting("v", fut))
    await asyncio.sleep(0)
    fut.cancel("future msg")
    try:
        await v
    except asyncio.CancelledError as e:
        print("main sees v", e.args)
    print("summary", t.cancelled(), g.cancelled(), fut.cancelled(), v.cancelled())


asyncio.run(main())
