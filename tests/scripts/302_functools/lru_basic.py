# lru_cache: hits/misses, cache_info/cache_clear/cache_parameters, bare decorator, maxsize forms, errors
import functools
from functools import lru_cache

calls = []
@lru_cache(maxsize=3)
def sq(x):
    calls.append(x)
    return x * x
for v in [1, 2, 1, 3, 4, 1, 2, 5]:
    sq(v)
print(calls)
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info))
print(type(info).__name__, info._fields)
print(sq.cache_parameters(), sq.cache_parameters() is not sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info())

@lru_cache
def bare(x):
    "bare doc"
    return -x
print(bare(2), bare(2), bare.cache_info(), bare.cache_parameters())
print(bare.__name__, bare.__doc__, bare.__wrapped__(5))

@lru_cache(None)
def unbounded(x):
    return x
for i in range(300):
    unbounded(i % 250)
print(unbounded.cache_info(), unbounded.cache_parameters())

@lru_cache(maxsize=0)
def never(x):
    return x
never(1); never(1); never([1])
print(never.cache_info())

@lru_cache(maxsize=-5)
def neg(x):
    return x
neg(1); neg(1)
print(neg.cache_info())

@lru_cache(maxsize=True)
def one(x):
    return x
one(1); one(1); one(2); one(1)
print(one.cache_info())

for bad in ["10", 1.5, [1]]:
    try:
        lru_cache(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    lru_cache(sq, typed=1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    sq([1, 2])
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(sq.cache_info())
@lru_cache(maxsize=2, typed=True)
def t(x):
    return x
print(t.cache_parameters())
