# asyncio.iscoroutine / iscoroutinefunction on coroutines, generators, async generators, methods, partials,
# lambdas, classes with async __call__, and @types.coroutine generators
import asyncio
import functools
import types


async def native():
    return 1


def plain():
    return 2


def gen():
    yield 3


async def agen():
    yield 4


@types.coroutine
def legacy():
    yield


class Svc:
    async def method(self):
        pass

    @staticmethod
    async def static():
        pass

    @classmethod
    async def klass(cls):
        pass

    async def __call__(self):
        pass


functions = {
    "native": native, "plain": plain, "gen": gen, "agen": agen, "legacy": legacy,
    "method": Svc().method, "unbound": Svc.method, "static": Svc.static, "klass": Svc.klass,
    "callable instance": Svc(), "partial": functools.partial(native), "lambda": lambda: native(),
    "builtin": len,
}
for name, f in functions.items():
    print(f"iscoroutinefunction({name}):", asyncio.iscoroutinefunction(f))

c = native()
g = gen()
ag = agen()
lg = legacy()
objects = {"coroutine": c, "generator": g, "async generator": ag, "legacy generator": lg,
           "future": None, "int": 5, "function": native}
for name, obj in objects.items():
    print(f"iscoroutine({name}):", asyncio.iscoroutine(obj))
c.close()
lg.close()


async def main():
    print(await legacy_wrapper())


@types.coroutine
def legacy_wrapper():
    yield from asyncio.sleep(0).__await__()
    return "legacy result"


asyncio.run(main())
