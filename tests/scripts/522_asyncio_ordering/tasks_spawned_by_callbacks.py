# Tasks created from plain callbacks (call_soon / call_later / done callbacks) start in creation order,
# after the callbacks already queued
import asyncio


async def job(name, log):
    print("job", name, "starts")
    log.append(name)
    await asyncio.sleep(0)
    print("job", name, "continues")
    return name


async def main():
    loop = asyncio.get_running_loop()
    log = []
    tasks = []

    def spawn(name):
        print("spawn", name)
        tasks.append(loop.create_task(job(name, log)))

    loop.call_soon(spawn, "s1")
    loop.call_soon(print, "plain callback")
    loop.call_soon(spawn, "s2")
    loop.call_later(0.02, spawn, "timer")
    first = loop.create_task(job("first", log))
    first.add_done_callback(lambda f: spawn("from-done-" + f.result()))
    print("main sleeps")
    await asyncio.sleep(0.04)
    print("main awake, tasks", len(tasks))
    res = await asyncio.gather(*tasks)
    print("summary", log, res)


asyncio.run(main())
