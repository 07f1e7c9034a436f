# "Task exception was never retrieved" logged when a failed task is garbage collected
import asyncio
import gc

async def fails():
    await asyncio.sleep(0.01)
    raise ValueError("nobody looks at me")

async def main():
    t = asyncio.create_task(fails(), name="lost")
    await asyncio.sleep(0.05)
    print("done", t.done())
    del t
    gc.collect()
    await asyncio.sleep(0.01)
    print("end of main")

asyncio.run(main())
