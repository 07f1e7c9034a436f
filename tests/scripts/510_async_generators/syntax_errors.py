# async generators: the compile-time errors CPython gives around them
sources = [
    "async def f():\n    yield from g()\n",
    "async def f():\n    yield 1\n    return 2\n",
    "def f():\n    return [x async for x in y]\n",
    "def f():\n    return [await x for x in y]\n",
    "[x async for x in y]\n",
    "async def f():\n    yield 1\n    return\n",
    "def f(y):\n    return (x async for x in y)\n",
    "async def f():\n    return [[z async for z in y] for y in x]\n",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
import asyncio
async def agen():
    yield 1
g = agen()
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running, type(g.asend(None)).__name__, type(g.athrow(ValueError)).__name__, type(g.aclose()).__name__)
for bad in [(1,), (ValueError, 1, 2), ("x",)]:
    try:
        g.athrow(*bad)
    except TypeError as e:
        print("TypeError:", e)
async def main():
    h = agen()
    a = h.__anext__()
    print(await a)
    try:
        await a
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await h.aclose(), await h.aclose())
    try:
        await h.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    fresh = agen()
    print(await fresh.aclose())
    try:
        await fresh.asend(None)
    except StopAsyncIteration:
        print("closed before start")
    try:
        for x in agen():
            pass
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())
