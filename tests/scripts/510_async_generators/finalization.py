# async generators left suspended: the loop's finalizer hook closes a freed one, asyncio.run closes the rest at its end
import asyncio
async def agen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)
async def main():
    async for x in agen("a"):
        break
    print("after break")
    await asyncio.sleep(0)
    print("after sleep")
    g = agen("b")
    await g.__anext__()
    del g
    print("after del")
    await asyncio.sleep(0)
    print("end")
    h = agen("c")
    await h.__anext__()
    keep.append(h)
keep = []
asyncio.run(main())
print("after run")
