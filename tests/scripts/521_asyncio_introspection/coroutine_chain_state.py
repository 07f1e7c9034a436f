# What a task's coroutines say about themselves while the task waits: cr_await follows the chain of awaits down to
# the future, every coroutine of the chain is suspended (not running), a suspended frame has no f_back, and a
# coroutine that never started is at its def line.
import asyncio
import sys


async def leaf(fut):
    value = await fut
    return value


async def middle(fut):
    return await leaf(fut) + 1


async def outer(fut):
    return await middle(fut) * 2


def kind(awaited):
    if awaited is None:
        return None
    return 'a coroutine' if asyncio.iscoroutine(awaited) else 'something else'


def describe(coro):
    depth = 0
    while coro is not None and hasattr(coro, 'cr_await'):
        frame = coro.cr_frame
        print('  ' * depth + f'{coro.cr_code.co_name}: line {frame.f_lineno}, running={coro.cr_running}, '
              f'suspended={coro.cr_suspended}, f_back={frame.f_back}, awaits={kind(coro.cr_await)}')
        coro = coro.cr_await
        depth += 1


async def agen(fut):
    yield 1
    await fut
    yield 2


def where_am_i():
    frame = sys._getframe(1)
    names = []
    while frame is not None:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


async def inner_running():
    me = asyncio.current_task().get_coro()
    print('from inside:', me.cr_running, me.cr_suspended, me.cr_await)
    print('frames:', where_am_i()[:2])


async def caller_running():
    await inner_running()


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(outer(fut))
    await asyncio.sleep(0)
    print('waiting task:')
    describe(task.get_coro())
    fut.set_result(20)
    print('result:', await task)
    done = task.get_coro()
    print('after:', done.cr_await, done.cr_frame, done.cr_running, done.cr_suspended)

    fresh = outer(fut)
    print('fresh:', fresh.cr_frame.f_lineno, fresh.cr_running, fresh.cr_suspended, fresh.cr_await)
    fresh.close()

    await asyncio.create_task(caller_running())

    fut2 = loop.create_future()
    gen = agen(fut2)
    print('agen first:', await gen.__anext__(), gen.ag_frame.f_lineno, gen.ag_await, gen.ag_running)
    step = asyncio.ensure_future(gen.__anext__())
    await asyncio.sleep(0)
    print('agen waiting:', gen.ag_frame.f_lineno, kind(gen.ag_await))
    fut2.set_result(None)
    print('agen second:', await step)
    await gen.aclose()
    print('agen closed:', gen.ag_frame, gen.ag_await)


asyncio.run(main())
