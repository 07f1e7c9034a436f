# as_completed over tasks and coroutines; results arrive in completion order while work is still spawned
import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    print("job", name, "finished")
    return name


async def fanout(name, d):
    t = asyncio.create_task(job(name + "-child", d + 0.04))
    await asyncio.sleep(d)
    print("fanout", name, "returns")
    return name, t


async def main():
    children = []
    order = []
    its = [fanout("p", 0.06), job("q", 0.02), asyncio.create_task(job("r", 0)), fanout("s", 0)]
    for i, fut in enumerate(asyncio.as_completed(its)):
        r = await fut
        if isinstance(r, tuple):
            name, child = r
            children.append(child)
            r = name
        print("as_completed", i, r)
        order.append(r)
    for fut in asyncio.as_completed(children):
        order.append(await fut)
    print("summary", order)


asyncio.run(main())
