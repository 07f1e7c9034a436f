# Done-callbacks run in the context they were added from, or context=; the callbacks' repr and removal see through it
import asyncio, contextvars
v = contextvars.ContextVar("v")
def cb(f): print("cb", v.get("unset"), f.result())
async def main():
    v.set("set")
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(cb)
    f.add_done_callback(cb, context=contextvars.Context())
    f.add_done_callback(print)
    print(f)
    print(f.remove_done_callback(print))
    f.set_result(1)
    await asyncio.sleep(0)
    g = loop.create_future(); g.set_result(2)
    g.add_done_callback(cb)
    await asyncio.sleep(0)
asyncio.run(main())
