# create_task(context=) runs the task in exactly that Context (3.11): two tasks can share one, their sets are
# visible there and to each other, and copy_context().run() sees a snapshot
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="default")
log = contextvars.ContextVar("log")


async def writer(value):
    var.set(value)
    log.get().append(value)
    await asyncio.sleep(0)
    return var.get()


async def reader():
    await asyncio.sleep(0)
    return var.get()


async def main():
    shared = contextvars.Context()
    shared.run(log.set, [])
    w = asyncio.create_task(writer("from writer"), context=shared)
    r = asyncio.create_task(reader(), context=shared)
    print(await w, await r)
    print("shared sees:", shared[var], shared[log])
    print("main sees:", var.get(), log.get(None))

    snapshot = contextvars.copy_context()
    var.set("main changed")
    print("snapshot:", snapshot.run(var.get), "main:", var.get())

    def in_snapshot():
        var.set("set inside run")
        return var.get()

    print(snapshot.run(in_snapshot), snapshot[var], var.get())
    try:
        shared.run(shared.run, print)
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(": ")[0], "...", str(e).rsplit("> ", 1)[1])

    t = asyncio.create_task(reader(), context=snapshot)
    print("task in snapshot:", await t)
    t2 = asyncio.get_running_loop().create_task(reader(), context=contextvars.Context())
    print("task in empty context:", await t2)


asyncio.run(main())
