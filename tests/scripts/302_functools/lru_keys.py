# lru_cache keys: keyword arguments and their order, typed=True, int/float/bool/str equality, unhashable args
from functools import lru_cache

log = []
@lru_cache(maxsize=None)
def f(*args, **kw):
    log.append((args, sorted(kw.items())))
    return len(log)

print(f(1), f(1), f(1.0), f(True))        # 1 is its own key; (1.0,) and (True,) share one
print(f(x=1, y=2), f(y=2, x=1), f(x=1, y=2))  # keyword order matters
print(f(1, x=2), f(1, x=2), f(1, 2))
print(f("a"), f("a"), f(("a",)))
print(f((1,)), f(1, 1), f())
print(f.cache_info())

@lru_cache(maxsize=None, typed=True)
def g(*args, **kw):
    log.append(args)
    return len(log)
a = g(3); b = g(3.0); c = g(3); d = g(x=3); e = g(x=3.0); h = g(x=3)
print(a == c, a != b, d == h, d != e)
print(g.cache_info())

class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
k1, k2 = Key(7), Key(7)
print(f(k1) == f(k2), f.cache_info().hits)

for args in [([1],), ({},), (1, {2})]:
    try:
        f(*args)
    except TypeError as ex:
        print(type(ex).__name__ + ":", ex)
try:
    f(a=[1])
except TypeError as ex:
    print(type(ex).__name__ + ":", ex)
print(f.cache_info())

@lru_cache(maxsize=4)
def err(x):
    if x < 0:
        raise ValueError("negative")
    return x
for v in (-1, -1, 2, 2):
    try:
        err(v)
    except ValueError as ex:
        print(type(ex).__name__ + ":", ex)
print(err.cache_info())
