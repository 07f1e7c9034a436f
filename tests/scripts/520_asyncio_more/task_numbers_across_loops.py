# "Task-N" counts across every loop and run: asyncio.run's own shutdown tasks take numbers, a task named by
# asyncio.create_task or a TaskGroup takes one too, one named by loop.create_task or Task() does not.
import asyncio


async def work():
    await asyncio.sleep(0)


async def main():
    named = asyncio.create_task(work(), name="named")
    plain = asyncio.create_task(work())
    by_loop = asyncio.get_running_loop().create_task(work(), name="by-loop")
    after = asyncio.ensure_future(work())
    await asyncio.gather(work(), work())
    async with asyncio.TaskGroup() as tg:
        grouped = tg.create_task(work(), name="grouped")
        last = tg.create_task(work())
    await asyncio.gather(named, plain, by_loop, after)
    print(asyncio.current_task().get_name(), [t.get_name() for t in (named, plain, by_loop, after, grouped, last)])


asyncio.run(main())
asyncio.run(main())
loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.run_until_complete(main())
loop.close()
with asyncio.Runner() as runner:
    runner.run(main())
asyncio.run(main())
