# asyncio.run() refuses what is not a coroutine (ValueError with its repr), a coroutine that is not awaited
# raises nothing until then, and the result or exception of the main coroutine comes back from run()
import asyncio


class Thing:
    def __repr__(self):
        return "<a Thing>"


async def main(x=1):
    await asyncio.sleep(0)
    return x * 2


async def agen():
    yield 1


for bad in (42, None, "main", Thing(), [1, 2]):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError:", e)

g = agen()
try:
    asyncio.run(g)
except ValueError as e:
    print("ValueError:", str(e).split(" object ")[0])

loop = asyncio.new_event_loop()
fut = loop.create_future()
try:
    asyncio.run(fut)
except ValueError as e:
    print("ValueError:", e)
loop.close()

print(asyncio.run(main(21)))
print(asyncio.run(main(), debug=False))


async def boom():
    raise LookupError("from main")


try:
    asyncio.run(boom())
except LookupError as e:
    print("LookupError:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("after run:", e)
