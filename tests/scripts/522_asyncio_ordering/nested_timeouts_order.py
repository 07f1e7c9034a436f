# Nested asyncio.timeout blocks: the inner one expiring is caught inside, the outer one then expires;
# expiry of the outer while the inner is still pending; cancelling() counts stay balanced
import asyncio


async def main():
    task = asyncio.current_task()
    try:
        async with asyncio.timeout(0.1) as outer:
            try:
                async with asyncio.timeout(0.02) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner expired", inner.expired(), "outer expired", outer.expired(), task.cancelling())
            print("continuing inside outer")
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer expired", outer.expired(), task.cancelling())

    try:
        async with asyncio.timeout(0.02) as outer:
            try:
                async with asyncio.timeout(0.1) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("not reached")
            finally:
                print("inner block exits, inner expired", inner.expired(), "outer", outer.expired())
    except TimeoutError:
        print("outer fired first", outer.expired(), task.cancelling())

    async with asyncio.timeout(0.1) as outer:
        try:
            async with asyncio.timeout(0.02):
                try:
                    await asyncio.sleep(1)
                except asyncio.CancelledError as e:
                    print("sleep sees CancelledError", e.args)
                    raise
        except TimeoutError as e:
            print("TimeoutError caught", e.args, type(e.__cause__).__name__, type(e.__context__).__name__)
        await asyncio.sleep(0.02)
        print("body finished in time")
    print("summary", outer.expired(), task.cancelling())


asyncio.run(main())
