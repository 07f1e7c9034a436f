# functools: lru_cache (bounded and unbounded, typed, bare decorator), cache_info/cache_clear, eviction order, cache
from functools import lru_cache, cache
calls = []
@lru_cache(maxsize=2)
def square(n):
    calls.append(n)
    return n * n
for n in [1, 2, 1, 3, 2, 1]:
    square(n)
print(calls, square.cache_info(), square.cache_parameters())
square.cache_clear()
print(square.cache_info())
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(16, 16), count_paths.cache_info())
@lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind(True), kind.cache_info())
@lru_cache(maxsize=0)
def nothing(x):
    return x
nothing(1); nothing(1)
print(nothing.cache_info())
@lru_cache(maxsize=3)
def kw(a, b=0, *, c=0):
    return a + b + c
print(kw(1), kw(1, 2), kw(1, b=2), kw(1, c=3), kw.cache_info())
try:
    lru_cache("x")
except TypeError as e:
    print("TypeError:", e)
def edit_distance(a, b):
    @lru_cache(maxsize=None)
    def d(i, j):
        if i == 0 or j == 0:
            return i + j
        return min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + (a[i - 1] != b[j - 1]))
    result = d(len(a), len(b))
    return result, d.cache_info()
print(edit_distance("kitten", "sitting"), edit_distance("flaw", "lawn")[0])
