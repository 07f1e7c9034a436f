# Each task runs in a copy of its creator's context (CPython: Task.__init__ copies it, each step runs in it), so a
# request id set in one handler never leaks into another; callbacks run in the context they were scheduled from
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")
trace = contextvars.ContextVar("trace")


def log(msg):
    print(f"[{request_id.get()}] {msg}")


async def handler(rid, delay):
    request_id.set(rid)
    log("start")
    await asyncio.sleep(delay)
    log("after sleep")
    await inner()
    return request_id.get()


async def inner():
    log("inner sees the caller's context")
    request_id.set(request_id.get() + "/inner")


async def main():
    log("main before")
    request_id.set("main")
    results = await asyncio.gather(handler("r1", 0.02), handler("r2", 0.01), handler("r3", 0))
    print(results)
    log("main after gather")

    # a task made with context= runs in that very context, and its sets are seen there
    ctx = contextvars.copy_context()
    task = asyncio.create_task(handler("in-ctx", 0), context=ctx)
    await task
    print(ctx[request_id], request_id.get())

    loop = asyncio.get_running_loop()
    done = loop.create_future()
    request_id.set("scheduler")
    loop.call_soon(log, "call_soon copies the context")
    ctx2 = contextvars.Context()
    loop.call_soon(log, "call_soon with context=", context=ctx2)
    loop.call_later(0.001, lambda: (log("call_later"), done.set_result(None)))
    request_id.set("changed after scheduling")
    await done

    fut = loop.create_future()
    request_id.set("at add_done_callback")
    fut.add_done_callback(lambda f: log(f"done callback: {f.result()}"))
    fut.add_done_callback(lambda f: log("done callback, own context"), context=ctx2)
    request_id.set("later")
    fut.set_result(42)
    await asyncio.sleep(0)

    # TaskGroup tasks copy the context too; a task's changes never reach its creator
    trace.set([])
    async def step(n):
        trace.get([]).append(n)  # the list is shared: a copy holds the same object
        request_id.set(f"step{n}")
        await asyncio.sleep(0)
        log(f"step {n}")
    async with asyncio.TaskGroup() as tg:
        for n in range(3):
            tg.create_task(step(n))
        tg.create_task(step(9), context=contextvars.Context())
    log(f"after the group, trace {trace.get()}")
    return request_id.get()


print(asyncio.run(main()))
log("outside asyncio.run")
request_id.set("top")
print(asyncio.run(handler("ran", 0)), request_id.get())
runner_ctx = contextvars.copy_context()
with asyncio.Runner() as runner:
    print(runner.run(handler("runner", 0), context=runner_ctx), runner_ctx[request_id])
