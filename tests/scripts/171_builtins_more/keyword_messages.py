# Unknown keyword arguments: functions CPython writes in C say "'x' is an invalid keyword argument for f()",
# functions it writes in Python (asyncio's) "f() got an unexpected keyword argument 'x'"; the functions that parse
# keyword-only arguments on their own count them first.
import asyncio


def check(calls):
    for call in calls:
        try:
            eval(call)
            print(call, "-> no error")
        except TypeError as e:
            print(call, "->", e)


calls = [
    "int('5', bas=2)", "int(**{'': 5})", "int('5', base=2, x=1)", "zip([], strict=True, foo=1)", "zip([], foo=1)",
    "max([1], key=None, defualt=2)", "min(1, 2, key=abs, x=1)", "max([1], key=None, default=1, x=2)",
    "ImportError('m', name='a', nme='b')", "ImportError('m', name='a', path='b', x=1)", "AttributeError('m', obj=1, nam=2)",
    "NameError(name='n', other=1)", "NameError(nam='n')", "sum([], strt=0)", "sorted([], kye=1)", "[].sort(kye=1)",
    "print(1, sepp='')", "open('x', mod='r')", "enumerate([], strt=1)", "'a'.split(sepp=',')", "round(1.5, ndigit=1)",
    "int.from_bytes(b'', byteorde='big')", "'a'.encode(encodin='u')", "range(3, stp=1)", "divmod(1, 2, x=1)",
    "pow(2, 3, mo=5)", "str(b'', encodin='x')", "bytes('a', encodin='x')", "'{}'.format_map({}, x=1)",
    "list.index([1], 1, strt=0)", "asyncio.run(None, debg=True)", "asyncio.sleep(0, reslt=1)",
    "asyncio.gather(return_exception=True)", "asyncio.current_task(lop=None)", "property(fget=None, fst=None)",
]
check(calls)

e = ImportError("m", path="p")
print(e.name, e.path)
e = AttributeError("m", name="x")
print(e.name, e.obj)
print(max([], default=5), min([3, 1], key=None), list(zip([1], [2], strict=True)), int("11", base=2))

# the count comes first, naming keywords when all the arguments were keywords; a subclass names the class whose
# __init__ parses the keywords
more = [
    "int(base=2, x=1, y=2)", "int('1', 2, base=3)", "sum([], 1, start=2)", "sorted([], key=None, reverse=1, x=2)",
    "[].sort(1, 2, 3)", "[].sort(1)", "'a'.split(',', maxsplit=1, x=2)", "'a'.rsplit(',', 1, 2)",
    "pow(2, 3, 4, mod=5)", "print(sep='', end='', file=None, flush=False, x=1)", "round(1.5, ndigits=1, x=1)",
    "enumerate([], start=1, x=2)", "ModuleNotFoundError('m', x=1)", "UnboundLocalError(nam=1)",
    "ModuleNotFoundError('m', name=1, path=2, x=3)", "sys.set_asyncgen_hooks(firstiter=None, x=1)",
    "sys.set_asyncgen_hooks(None, firstiter=None)", "math.isclose(1, 2, rel_tol=1, abs_tol=1, x=1)", "math.isclose(1)",
    "math.isclose()", "math.isclose(1, 2, 3)", "math.isclose(1, 2, x=1)", "math.prod([], start=1, x=1)", "math.prod()",
    "math.prod([], x=1)",
]
import math
import sys


async def main():
    global fut
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    check(["fut.cancel(msg=None, x=1)", "fut.cancel(1, msg=2)", "fut.cancel(ms=1)",
           "fut.add_done_callback(print, context=None, x=1)", "fut.add_done_callback()",
           "fut.add_done_callback(print, 1)", "fut.add_done_callback(print, ctx=1)"])
    for call in ("loop.call_soon(print, contxt=None)", "loop.call_later(1, print, contxt=None)"):
        try:
            eval(call)
        except TypeError as e:
            print(call, "->", e)
    coro = asyncio.sleep(0)
    try:
        loop.create_task(coro, nme="x")
    except TypeError as e:
        print("create_task ->", e)
    coro.close()

check(more)
asyncio.run(main())
