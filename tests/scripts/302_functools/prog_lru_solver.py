# realistic program: LRU-cached recursive solvers (edit distance, coin change, grid paths) with cache statistics.
from functools import lru_cache, cache, reduce, partial
import math
def edit_distance(a, b):
    @lru_cache(maxsize=None)
    def d(i, j):
        if i == 0 or j == 0:
            return i + j
        if a[i - 1] == b[j - 1]:
            return d(i - 1, j - 1)
        return 1 + min(d(i - 1, j), d(i, j - 1), d(i - 1, j - 1))
    result = d(len(a), len(b))
    return result, d.cache_info()
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
    dist, info = edit_distance(a, b)
    print(f"{a!r:12} -> {b!r:12} distance={dist} misses={info.misses} hits={info.hits}")
@cache
def ways(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return ways(amount - coins[0], coins) + ways(amount, coins[1:])
print(ways(100, (50, 25, 10, 5, 1)), ways(300, (100, 50, 20, 10, 5, 2, 1)), ways.cache_info().currsize > 0)
ways.cache_clear()
print(ways.cache_info())
@lru_cache(maxsize=256)
def grid_paths(r, c, blocked=frozenset()):
    if r < 0 or c < 0 or (r, c) in blocked:
        return 0
    if r == 0 and c == 0:
        return 1
    return grid_paths(r - 1, c, blocked) + grid_paths(r, c - 1, blocked)
print(grid_paths(10, 10), math.comb(20, 10), grid_paths(10, 10, frozenset({(5, 5)})))
print(grid_paths.cache_info().maxsize, grid_paths.cache_info().currsize <= 256)
@lru_cache(maxsize=None)
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best), collatz_len.cache_info().hits > 1000)
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
pipeline = compose(partial(pow, 2), partial(math.gcd, 96), str)
print([pipeline(k) for k in range(8)])
