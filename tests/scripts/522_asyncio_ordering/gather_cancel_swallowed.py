# Cancelling a gather whose children swallow the cancellation: the children finish normally, yet the gather
# still raises CancelledError; without cancelling the gather, a swallowed child cancel is just a normal result
import asyncio


async def child(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "slept")
        return name + " normal"
    except asyncio.CancelledError as e:
        print(name, "swallows", e.args)
        return name + " swallowed"


async def main():
    kids = [asyncio.create_task(child(n, d)) for n, d in [("a", 0.1), ("b", 0.02), ("c", 0.2)]]
    g = asyncio.gather(*kids, return_exceptions=True)
    await asyncio.sleep(0.04)
    print("cancel gather ->", g.cancel("stop"))
    print("cancel gather again ->", g.cancel())
    try:
        print("gather result", await g)
    except asyncio.CancelledError as e:
        print("gather raised CancelledError", e.args, g.cancelled())
    print("children", [k.result() for k in kids], [k.cancelled() for k in kids])

    kids = [asyncio.create_task(child(n, d)) for n, d in [("x", 0.1), ("y", 0.02)]]
    g = asyncio.gather(*kids)
    await asyncio.sleep(0)
    kids[0].cancel()
    print("gather result", await g, g.cancelled())
    print("summary", g.done())


asyncio.run(main())
