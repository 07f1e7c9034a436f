# Task.cancel(): CancelledError is raised inside the task at its await; re-raising makes the task cancelled, swallowing it does not.
import asyncio

async def sleeper():
    try:
        print("sleeper: going to sleep")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("sleeper: cancelled while sleeping")
        raise
    finally:
        print("sleeper: finally")

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: swallowing the cancellation")
    return "cleaned up"

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print("cancel() ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("main: task was cancelled")
    print(t.done(), t.cancelled(), t.cancel())
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    s.cancel()
    print(await s, s.cancelled())
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))

asyncio.run(main())
