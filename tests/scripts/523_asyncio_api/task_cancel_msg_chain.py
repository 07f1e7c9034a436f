# Task.cancel(msg): the message is seen inside the cancelled task and by a task awaiting it; a task cancelled while
# awaiting another task passes the cancellation on; the result of cancel() in each state
import asyncio


async def deep():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("deep sees", e.args)
        raise


async def middle():
    try:
        await deep_task
    except asyncio.CancelledError as e:
        print("middle sees", e.args)
        raise


async def main():
    global deep_task
    deep_task = asyncio.create_task(deep(), name="deep")
    mid = asyncio.create_task(middle(), name="middle")
    await asyncio.sleep(0)
    print("cancel deep:", deep_task.cancel("stop deep"))
    try:
        await mid
    except asyncio.CancelledError as e:
        print("main sees", e.args)
    print(deep_task.cancelled(), mid.cancelled())

    deep_task = asyncio.create_task(deep(), name="deep2")
    mid = asyncio.create_task(middle(), name="middle2")
    await asyncio.sleep(0)
    print("cancel middle:", mid.cancel("stop middle"))
    try:
        await mid
    except asyncio.CancelledError as e:
        print("main sees", e.args)
    print(deep_task.cancelled(), mid.cancelled())

    async def quick():
        return "quick"

    q = asyncio.create_task(quick())
    print("cancel before start:", q.cancel("too early"))
    try:
        await q
    except asyncio.CancelledError as e:
        print("never started:", e.args, q.get_coro().cr_frame is None)
    q2 = asyncio.create_task(quick())
    await q2
    print("cancel when done:", q2.cancel("too late"), q2.result())


asyncio.run(main())
