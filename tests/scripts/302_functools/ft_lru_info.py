# functools: lru_cache cache_info/cache_clear, typed, maxsize None/0/negative, eviction order, kwargs keys, errors.
from functools import lru_cache, cache
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
for v in (1, 2, 1, 3, 2, 1):
    sq(v)
print(calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters())
@lru_cache(typed=True)
def ident(x):
    calls.append(("t", x))
    return x
ident(1); ident(1.0); ident(True); ident(1)
print(ident.cache_info(), ident.cache_parameters())
@lru_cache(maxsize=None)
def un(x, y=0):
    return x + y
un(1); un(1, y=0); un(1, 0); un(x=1)
print(un.cache_info())
@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
@lru_cache(maxsize=-5)
def neg(x):
    return x
neg(1); neg(1)
print(neg.cache_info(), neg.cache_parameters())
@cache
def c(x):
    return [x]
print(c(1) is c(1), c.cache_info(), type(c.cache_info()).__name__, c.cache_info()._fields)
try:
    c([1])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    lru_cache("x")
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(sq.__wrapped__(4), sq.__name__)
