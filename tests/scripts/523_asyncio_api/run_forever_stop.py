# run_forever() ended by stop(): from a call_soon callback, from a timer, from inside a task, and stop() called
# before run_forever() (which then runs exactly one iteration of ready callbacks)
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)


def say(msg):
    print(msg)


loop.call_soon(say, "first")
loop.call_soon(loop.stop)
loop.call_soon(say, "same iteration as stop")
loop.run_forever()
print("stopped 1")

loop.call_soon(say, "left over from before")


def chain(n):
    print("chain", n)
    if n < 3:
        loop.call_soon(chain, n + 1)


loop.call_soon(chain, 1)
loop.stop()
loop.run_forever()
print("stopped 2: one iteration only")
loop.call_soon(loop.stop)
loop.run_forever()
print("stopped 3: the rest of the chain ran")


async def worker():
    for i in range(3):
        print("worker step", i)
        await asyncio.sleep(0.02)
    loop.stop()
    print("worker called stop, still running:", loop.is_running())
    await asyncio.sleep(0)
    print("worker resumes only in the next run")
    return "worker result"


t = loop.create_task(worker())
loop.run_forever()
print("stopped 4:", t.done(), loop.is_running())
print(loop.run_until_complete(t))

loop.call_later(0.03, say, "timer 30ms")
loop.call_later(0.06, loop.stop)
loop.call_later(0.09, say, "timer 90ms (after stop)")
loop.run_forever()
print("stopped 5")
loop.call_later(0.05, loop.stop)
loop.run_forever()
print("stopped 6")
loop.stop()
loop.stop()
loop.run_forever()
print("stopped 7: double stop")
loop.close()
