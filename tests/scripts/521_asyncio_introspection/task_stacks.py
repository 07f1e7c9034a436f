# Task.get_stack() and Task.print_stack(): where a task's coroutine stands, before, during and after it runs.
import asyncio
import sys


async def leaf(n):
    await asyncio.get_running_loop().create_future()


async def middle(n):
    await leaf(n)


async def failing():
    await asyncio.sleep(0)
    raise ValueError("broken")


def show(task):
    print([(f.f_code.co_name, f.f_lineno) for f in task.get_stack()])
    task.print_stack(file=sys.stdout)


async def main():
    waiting = asyncio.create_task(middle(5), name="waiting")
    show(waiting)  # not started: the coroutine's first line
    await asyncio.sleep(0)
    print([(f.f_code.co_name, f.f_lineno) for f in waiting.get_stack()])  # (its repr's wait_for= differs)
    print(len(waiting.get_stack(limit=0)))
    broken = asyncio.create_task(failing(), name="broken")
    await asyncio.sleep(0.01)
    show(broken)
    waiting.cancel()
    try:
        await waiting
    except asyncio.CancelledError:
        pass
    show(waiting)
    done = asyncio.create_task(asyncio.sleep(0, "x"))
    await done
    print(done.get_stack())

asyncio.run(main())
