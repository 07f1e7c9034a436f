# types.DynamicClassAttribute and types.coroutine
import types
import asyncio

class Thing:
    def __init__(self):
        self._kind = "instance kind"
    @types.DynamicClassAttribute
    def kind(self):
        "the kind"
        return self._kind
    @kind.setter
    def kind(self, v):
        self._kind = v

t = Thing()
print(t.kind)
try:
    Thing.kind
except AttributeError as e:
    print("class access:", type(e).__name__, repr(e.args))
t.kind = "changed"
print(t.kind, Thing.__dict__["kind"].__doc__)
try:
    del t.kind
except AttributeError as e:
    print(type(e).__name__ + ":", e)
ro = types.DynamicClassAttribute(doc="explicit")
class R:
    v = ro
for act in [lambda: R().v, lambda: setattr(R(), "v", 1)]:
    try:
        act()
    except AttributeError as e:
        print(type(e).__name__ + ":", e)
print(ro.__doc__, ro.overwrite_doc, Thing.__dict__["kind"].overwrite_doc)
try:
    Thing.__dict__["kind"].__get__(None, Thing)
except AttributeError as e:
    print(type(e).__name__ + ":", repr(e.args))

try:
    types.coroutine(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)

@types.coroutine
def quick(x):
    "doc of quick"
    if x < 0:
        yield
    return x * 2

async def main():
    return await quick(21)
print(quick.__name__, quick.__doc__)
print(asyncio.run(main()))
async def native():
    return 1
print(types.coroutine(native) is native or asyncio.run(types.coroutine(native)()) == 1)
