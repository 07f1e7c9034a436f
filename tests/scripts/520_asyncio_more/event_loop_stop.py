# loop.run_forever stopped by a callback; call_soon from a task
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)

async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.01)
    loop.call_soon(loop.stop)

t = loop.create_task(ticker(), name="ticker")
loop.run_forever()
print("stopped", t.done(), t.get_name())
loop.call_later(0.01, lambda: print("late callback"))
loop.call_later(0.02, loop.stop)
loop.run_forever()
loop.close()
print("closed")
