# Old-style new_event_loop + run_until_complete + close
import asyncio

async def compute(x):
    await asyncio.sleep(0.01)
    return x * 2

async def main():
    t = asyncio.ensure_future(compute(5))
    return await t + await compute(1)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(main()))
print(loop.run_until_complete(asyncio.gather(compute(1), compute(2))))
fut = loop.create_future()
loop.call_soon(fut.set_result, "done")
print(loop.run_until_complete(fut))
print(loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(compute(3))
except RuntimeError as e:
    print("RuntimeError:", e)
