# asyncio.Runner: several run() calls share one loop, get_loop(), the context manager closes it, close() twice,
# run() after close, a non-coroutine argument, Runner.run from inside a running loop, and run(context=)
import asyncio
import contextvars

counter = contextvars.ContextVar("counter", default=0)


async def step(tag):
    counter.set(counter.get() + 1)
    await asyncio.sleep(0)
    return tag, counter.get(), asyncio.get_running_loop()


runner = asyncio.Runner()
loop = runner.get_loop()
print("loop running:", loop.is_running(), loop.is_closed())
tag, count, seen = runner.run(step("a"))
print(tag, count, seen is loop)
tag, count, seen = runner.run(step("b"))
print(tag, seen is loop)
print(runner.get_loop() is loop)
runner.close()
print("closed:", loop.is_closed())
runner.close()
print("closed twice: ok")
try:
    runner.run(step("c"))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    runner.get_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

with asyncio.Runner() as r:
    print(r.run(step("in with"))[:2])
    try:
        r.run(42)
    except ValueError as e:
        print("ValueError:", e)
    try:
        r.run(None)
    except ValueError as e:
        print("ValueError:", e)
    inner_loop = r.get_loop()


    async def nested():
        c = step("nested")
        try:
            r.run(c)
        except RuntimeError as e:
            print("RuntimeError:", e)
        c.close()
        return "nested ok"


    print(r.run(nested()))
print("after with:", inner_loop.is_closed())

ctx = contextvars.copy_context()
with asyncio.Runner() as r:
    print(r.run(step("own context"), context=ctx)[:2])
    print(r.run(step("own context again"), context=ctx)[:2])
    print(r.run(step("runner context"))[:2])
print("outside:", counter.get(), ctx[counter])
