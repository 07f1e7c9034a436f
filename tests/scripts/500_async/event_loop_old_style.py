# the pre-asyncio.run style: get_event_loop, run_until_complete, run_forever with stop, new_event_loop/set_event_loop
import asyncio
async def work(n):
    await asyncio.sleep(0.01)
    print("work", n)
    return n * 2
loop = asyncio.get_event_loop()
print(loop.run_until_complete(work(1)))
print(asyncio.get_event_loop() is loop, loop.is_running(), loop.is_closed())
def stopper():
    print("stopping")
    loop.stop()
loop.call_later(0.05, stopper)
loop.create_task(work(2))
loop.run_forever()
print("after run_forever")
loop.close()
print(loop.is_closed())
new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print(asyncio.get_event_loop() is new)
print(new.run_until_complete(asyncio.gather(work(3), work(4))))
new.close()
try:
    asyncio.set_event_loop(5)
except TypeError as e:
    print(e)
