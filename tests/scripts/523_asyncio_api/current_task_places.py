# current_task() in tasks, in plain callbacks (None), in done callbacks (None), with loop=, and all_tasks() sizes as
# tasks start and finish
import asyncio


def in_callback(tag):
    print(tag, "current_task:", asyncio.current_task())


async def child(n):
    me = asyncio.current_task()
    print("child", n, me.get_name(), len(asyncio.all_tasks()))
    await asyncio.sleep(0.02 * (n + 1))


async def main():
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    print(me.get_name(), asyncio.current_task(loop) is me, asyncio.current_task(loop=loop) is me)
    print("alone:", len(asyncio.all_tasks()), asyncio.all_tasks() == {me})
    loop.call_soon(in_callback, "call_soon")
    tasks = [asyncio.create_task(child(n), name=f"c{n}") for n in range(3)]
    print("created:", len(asyncio.all_tasks()), len(asyncio.all_tasks(loop)))
    tasks[0].add_done_callback(lambda t: in_callback("done callback"))
    await asyncio.sleep(0)
    await tasks[0]
    print("one finished:", len(asyncio.all_tasks()))
    await asyncio.gather(*tasks)
    print("all finished:", len(asyncio.all_tasks()))


asyncio.run(main())
