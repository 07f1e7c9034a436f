# asyncio.coroutines: iscoroutinefunction, loaded when first used. CPython 3.11: Lib/asyncio/coroutines.py.

__all__ = ["iscoroutinefunction"]


def iscoroutinefunction(func):
    # CPython: asyncio.coroutines.iscoroutinefunction: an `async def` function (through bound methods and
    # functools.partial), or one types.coroutine marked
    while True:
        if hasattr(func, "__func__"):
            func = func.__func__
        elif type(func).__name__ == "partial" and hasattr(func, "func"):
            func = func.func
        else:
            break
    code = getattr(func, "__code__", None)
    return code is not None and bool(code.co_flags & 0x80)
