# Real Python functools: partial, reduce, singledispatch, cached_property, lru_cache stats, total_ordering
from functools import partial, reduce, singledispatch, cached_property, lru_cache, wraps
import operator
basetwo = partial(int, base=2)
basetwo.__doc__ = "Convert base 2 string to an int."
print(basetwo("10010"), basetwo.func is int, basetwo.keywords, partial(pow, 2)(10))
print(reduce(operator.add, [1, 2, 3, 4, 5]), reduce(lambda a, b: a * b, range(1, 6), 1), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde", "f"], 0))
@singledispatch
def describe(arg):
    return f"something: {arg!r}"
@describe.register
def _(arg: int):
    return f"an int {arg}"
@describe.register(list)
def _(arg):
    return f"a list of {len(arg)}"
@describe.register
def _(arg: float | complex):
    return f"a number {arg}"
for a in [1, 2.5, [1, 2], "hi", True, 1j]:
    print(describe(a))
class Dataset:
    def __init__(self, seq):
        self._data = tuple(seq)
        self.computations = 0
    @cached_property
    def total(self):
        self.computations += 1
        return sum(self._data)
ds = Dataset(range(10))
print(ds.total, ds.total, ds.computations, "total" in vars(ds))
del ds.total
print(ds.total, ds.computations)
@lru_cache(maxsize=2)
def square(n):
    print("computing", n)
    return n * n
for n in [1, 2, 1, 3, 1, 2]:
    square(n)
print(square.cache_info())
square.cache_clear(); print(square.cache_info().currsize)
def logged(func):
    @wraps(func)
    def inner(*a):
        return func(*a)
    return inner
@logged
def area(w: int, h: int) -> int:
    "Area of rectangle."
    return w * h
print(area.__name__, area.__doc__, area.__annotations__, area(3, 4))
try:
    print(reduce(operator.add, []))
except Exception as e:
    print(type(e).__name__ + ':', e)
