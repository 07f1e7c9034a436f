# functools: lru_cache stats/clear, cache, cached_property, partial introspection, reduce
from functools import lru_cache, cache, cached_property, partial, reduce
import operator

calls = []
@lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n

for n in [1, 2, 1, 3, 2, 1]:
    sq(n)
print(calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(5))

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().currsize)

class Data:
    def __init__(self, xs):
        self.xs = xs
    @cached_property
    def total(self):
        print("computing")
        return sum(self.xs)

d = Data([1, 2, 3])
print(d.total, d.total, "total" in d.__dict__)
del d.total
d.xs.append(4)
print(d.total)

p = partial(int, base=2)
print(p("1010"), p.func.__name__, p.args, p.keywords)
p2 = partial(partial(pow, 2), 10)
print(p2(), p2.args)
print(reduce(operator.mul, range(1, 7)), reduce(lambda a, b: a + [b * 2], [1, 2, 3], []))
print(reduce(max, [], "empty") if False else reduce(operator.add, [], 100))

@lru_cache(maxsize=None, typed=True)
def ident(x):
    calls.append(("ident", x))
    return x
ident(1); ident(1.0); ident(1)
print(ident.cache_info().misses)
