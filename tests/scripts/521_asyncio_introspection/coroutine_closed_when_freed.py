# A coroutine freed while it waits is closed, as a generator is: GeneratorExit runs its finally blocks and the
# with statements' exits, through every coroutine it awaits; closing one that ignores GeneratorExit fails.
import types


@types.coroutine
def tick():
    yield "tick"


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)


async def inner(tag):
    with Resource(tag + "/inner"):
        await tick()
        print("never", tag)


async def outer(tag):
    try:
        await inner(tag)
    finally:
        print("finally of", tag)


c = outer("dropped")
print(c.send(None))
del c
print("after del")

held = [outer("cleared")]
print(held[0].send(None))
held.clear()
print("after clear")


async def stubborn():
    try:
        await tick()
    finally:
        await tick()

s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

done = outer("finished")
done.send(None)
try:
    done.send(None)
except StopIteration:
    pass
del done
print("end")
