# Task.get_coro() is the very coroutine, get_name/set_name with non-str names, the coroutine's state through the
# task's life (cr_frame, cr_running, cr_await), and Task.get_loop
import asyncio


async def work(n):
    await asyncio.sleep(0)
    return n


async def main():
    c = work(1)
    t = asyncio.create_task(c, name="worker")
    print(t.get_coro() is c, t.get_coro().__qualname__, t.get_loop() is asyncio.get_running_loop())
    print((c.cr_frame is not None, c.cr_running, c.cr_await is not None))
    await asyncio.sleep(0)
    print((c.cr_frame is not None, c.cr_running, c.cr_await is not None))
    print(await t)
    print((c.cr_frame is not None, c.cr_running, c.cr_await is not None), t.get_coro() is c)
    for name in (7, None, ["x"], b"bytes", 2.0):
        t.set_name(name)
        print(repr(t.get_name()))
    me = asyncio.current_task()
    print(me.get_coro().__name__, me.get_name())
    me.set_name("renamed main")
    print(asyncio.current_task().get_name())


asyncio.run(main())
