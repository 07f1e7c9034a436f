# "Task was destroyed but it is pending!": a started task still waiting when its loop is closed and the task is
# freed; the coroutine is closed (GeneratorExit runs its finally); a custom handler sees the context keys
import asyncio
import gc


async def waits_forever(fut, tag):
    try:
        await fut
    finally:
        print("finally of", tag)


def handler(loop, context):
    print("handler:", context["message"], sorted(context))
    print("  task name:", context["task"].get_name())


def run_and_abandon(tag, custom):
    loop = asyncio.new_event_loop()
    if custom:
        loop.set_exception_handler(handler)
    fut = loop.create_future()
    t = loop.create_task(waits_forever(fut, tag), name=tag)
    loop.run_until_complete(asyncio.sleep(0))
    print(tag, "done?", t.done())
    loop.close()
    del t, fut
    gc.collect()
    print("after gc of", tag)


run_and_abandon("custom", True)
run_and_abandon("default", False)
