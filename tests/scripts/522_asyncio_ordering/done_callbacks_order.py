# Done-callbacks: registration order, removal, duplicates, callbacks added after completion,
# and how they interleave with tasks awaiting the same future
import asyncio


async def work(name, d):
    await asyncio.sleep(d)
    print("work", name, "returning")
    return name


def mk(tag):
    def cb(fut):
        print("done-cb", tag, fut.result())
    return cb


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(work("x", 0.01))
    cbs = [mk(i) for i in range(4)]
    for c in cbs:
        t.add_done_callback(c)
    print("removed", t.remove_done_callback(cbs[1]))
    t.add_done_callback(cbs[0])
    print("removed dup", t.remove_done_callback(cbs[0]))
    print("removed missing", t.remove_done_callback(cbs[0]))
    r = await t
    print("await returned", r)
    t.add_done_callback(mk("late"))
    print("after late add")
    await asyncio.sleep(0)
    print("after sleep0")

    fut = loop.create_future()

    async def waiter(n):
        v = await fut
        print("waiter", n, "got", v)
        return n

    ws = [asyncio.create_task(waiter(i)) for i in range(2)]
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: print("plain cb 1"))
    ws.append(asyncio.create_task(waiter(2)))
    fut.set_result("V")
    fut.add_done_callback(lambda f: print("plain cb 2"))
    print("set_result returned")
    res = await asyncio.gather(*ws)
    print("summary", res, t.result(), fut.result())


asyncio.run(main())
