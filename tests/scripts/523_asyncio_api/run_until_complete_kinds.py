# loop.run_until_complete with a coroutine, a task, a pending future, an already finished future, a gather,
# a failing coroutine, something that is not awaitable, and a future of another loop
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


print("coroutine:", loop.run_until_complete(add(1, 2)))
task = loop.create_task(add(3, 4))
print("task:", loop.run_until_complete(task), task.done())

fut = loop.create_future()
loop.call_soon(fut.set_result, "from call_soon")
print("pending future:", loop.run_until_complete(fut))

done = loop.create_future()
done.set_result("already")
print("finished future:", loop.run_until_complete(done))


print("gather:", loop.run_until_complete(asyncio.gather(add(1, 1), add(2, 2))))


async def fail():
    await asyncio.sleep(0)
    raise KeyError("bad key")


try:
    loop.run_until_complete(fail())
except KeyError as e:
    print("exception propagates:", repr(e))

failed = loop.create_future()
failed.set_exception(ValueError("stored"))
try:
    loop.run_until_complete(failed)
except ValueError as e:
    print("finished with exception:", e)

cancelled = loop.create_future()
cancelled.cancel()
try:
    loop.run_until_complete(cancelled)
except asyncio.CancelledError:
    print("cancelled future: CancelledError")

for bad in (42, None, "text"):
    try:
        loop.run_until_complete(bad)
    except TypeError as e:
        print("TypeError:", e)

other = asyncio.new_event_loop()
foreign = other.create_future()
try:
    loop.run_until_complete(foreign)
except ValueError as e:
    print("ValueError:", e)
other.close()


def stopper():
    loop.stop()


never = loop.create_future()
loop.call_soon(stopper)
try:
    loop.run_until_complete(never)
except RuntimeError as e:
    print("RuntimeError:", e)
print(never.done())
loop.close()
