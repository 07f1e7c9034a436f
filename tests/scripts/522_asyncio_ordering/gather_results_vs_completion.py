# gather returns results in argument order whatever the completion order; return_exceptions; a task given twice
import asyncio

completion = []


async def job(name, d, fail=False):
    await asyncio.sleep(d)
    completion.append(name)
    print("finished", name)
    if fail:
        raise ValueError(name)
    return name.upper()


async def main():
    res = await asyncio.gather(job("a", 0.06), job("b", 0.02), job("c", 0), job("d", 0.04))
    print("results", res)
    print("completion", completion)
    completion.clear()
    res = await asyncio.gather(job("e", 0.04, True), job("f", 0.02), job("g", 0.06, True), return_exceptions=True)
    print("results", [repr(r) for r in res])
    print("completion", completion)
    completion.clear()
    t = asyncio.create_task(job("h", 0.02))
    res = await asyncio.gather(t, t, asyncio.gather(job("i", 0), t))
    print("results", res)
    print("completion", completion)
    try:
        await asyncio.gather(job("j", 0.04), job("k", 0.02, True))
    except ValueError as e:
        print("first error", e)
    await asyncio.sleep(0.05)
    print("summary", completion)


asyncio.run(main())
