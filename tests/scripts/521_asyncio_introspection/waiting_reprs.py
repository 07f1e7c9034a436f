# The reprs of waiting futures and tasks: the callbacks a future holds (first, "<N more>", last), what a task
# waits for (a future, another task, a sleep), and "cancelling" once a cancellation was requested
import asyncio


def first(fut):
    pass


def second(fut):
    pass


class Listener:
    def on_done(self, fut):
        pass


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut)
    fut.add_done_callback(first)
    print(fut)
    fut.add_done_callback(Listener().on_done)
    print(fut)
    fut.add_done_callback(second)
    fut.add_done_callback(first)
    print(fut)
    print(fut.remove_done_callback(first), fut)

    async def waiter():
        return await fut

    t1 = asyncio.create_task(waiter(), name="waiter")
    await asyncio.sleep(0)
    print(t1)
    print(fut)

    async def sleeper():
        await asyncio.sleep(10)

    t2 = asyncio.create_task(sleeper(), name="sleeper")
    await asyncio.sleep(0)
    print(t2)

    async def on_task():
        await t2

    t3 = asyncio.create_task(on_task(), name="on_task")
    await asyncio.sleep(0)
    print(t3)
    print(t2)

    t2.cancel()
    print(t2)
    t3.cancel()
    print(t3)
    await asyncio.sleep(0)
    print(t2)
    print(t3)
    await asyncio.sleep(0)
    print(t3)

    fut.set_result("value")
    print(fut)
    await asyncio.sleep(0)
    print(t1)


asyncio.run(main())
