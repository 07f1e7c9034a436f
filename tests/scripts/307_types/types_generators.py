# generator/coroutine types: GeneratorType/CoroutineType names, send/StopIteration.value, types.coroutine on generators
import types
import asyncio

def gen():
    x = yield 1
    yield x
g = gen()
print(isinstance(g, types.GeneratorType), g.__name__, g.__qualname__)
print(next(g), g.send("sent"), type(g).__name__)
try:
    next(g)
except StopIteration:
    print("exhausted")
async def co():
    return "co"
c = co()
print(isinstance(c, types.CoroutineType), c.__name__, type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
print(isinstance(co, types.FunctionType), isinstance(gen, types.FunctionType), isinstance(g, types.CoroutineType))

print(gen.__code__.co_name, gen.__code__.co_flags & 0x20 != 0, co.__code__.co_flags & 0x80 != 0)
