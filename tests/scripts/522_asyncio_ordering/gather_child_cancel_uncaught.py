# A gather child cancelled on its own: gather raises CancelledError in main, which escapes asyncio.run
import asyncio


async def child(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
    finally:
        print(name, "finally")


async def main():
    kids = [asyncio.create_task(child(n, d)) for n, d in [("a", 0.02), ("b", 0.1), ("c", 0.04)]]
    asyncio.get_running_loop().call_later(0.06, kids[1].cancel)
    try:
        await asyncio.gather(*kids)
    finally:
        print("main finally, cancelling", asyncio.current_task().cancelling())


asyncio.run(main())
print("not reached")
