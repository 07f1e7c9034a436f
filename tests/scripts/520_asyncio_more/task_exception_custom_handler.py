# Unretrieved task exception routed to a custom exception handler
import asyncio
import gc

def handler(loop, ctx):
    print("HANDLER:", ctx["message"])
    print("  exception:", repr(ctx["exception"]))
    print("  task name:", ctx["future"].get_name())

async def oops():
    await asyncio.sleep(0.01)
    raise IndexError("out of range")

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(oops(), name="oops-task")
    await asyncio.sleep(0.03)
    gc.collect()
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main())
