# sys.set_asyncgen_hooks/get_asyncgen_hooks: firstiter sees each generator once, finalizer gets suspended ones freed
import sys, asyncio

seen = []
def firstiter(agen):
    seen.append(agen.__name__)
print(sys.get_asyncgen_hooks())
try:
    sys.set_asyncgen_hooks(firstiter=5)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.set_asyncgen_hooks(finalizer="x")
except TypeError as e:
    print("TypeError:", e)
sys.set_asyncgen_hooks(firstiter=firstiter)
h = sys.get_asyncgen_hooks()
print(h.firstiter is firstiter, h.finalizer, h[0] is firstiter, len(h), type(h).__name__)

async def numbers():
    yield 1
    yield 2

async def main():
    g = numbers()
    print(await g.__anext__(), await g.__anext__(), seen)
    print([x async for x in numbers()], seen)
    print(sys.get_asyncgen_hooks().firstiter.__name__)

async def drive():
    g = numbers()
    await g.asend(None)
    return g
loop_gen = None
sys.set_asyncgen_hooks(firstiter=None, finalizer=None)
print(sys.get_asyncgen_hooks())
asyncio.run(main())
print(sys.get_asyncgen_hooks(), sorted(seen))
