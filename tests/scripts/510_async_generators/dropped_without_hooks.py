# An async generator freed while suspended at a yield, with no asyncgen hooks installed (outside asyncio), is
# closed as a plain generator is: its finally blocks run (CPython: _PyGen_Finalize's gen_close).
import gc
import sys


async def with_finally(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", name)


async def no_handler():
    yield 1
    print("never")


def first(agen):
    try:
        agen.asend(None).send(None)
    except StopIteration as e:
        return e.value


print(sys.get_asyncgen_hooks())
g = with_finally("a")
print("first:", first(g))
del g
print("after del")
first(no_handler())
print("no handler: nothing to run")
g = with_finally("b")
del g
print("never started: nothing to close")
cycle = [with_finally("in a cycle")]
first(cycle[0])
cycle.append(cycle)
del cycle
gc.collect()
print("collected")
