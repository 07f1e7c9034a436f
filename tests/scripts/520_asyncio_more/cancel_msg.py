# task.cancel(msg): message carried by CancelledError, cancelling() counts
import asyncio

async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("got", e.args)
        raise

async def main():
    t = asyncio.create_task(sleeper(), name="sleeper")
    await asyncio.sleep(0.01)
    print(t.cancel("stop now"))
    print(t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("outer got", e.args)
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result raises", type(e).__name__)
    t2 = asyncio.create_task(sleeper())
    t2.cancel()
    t2.cancel()
    print("count", t2.cancelling())
    await asyncio.gather(t2, return_exceptions=True)

asyncio.run(main())
