# A realistic program: LRU-cached recursive solvers (edit distance, grid paths, coin change) with cache stats
from functools import lru_cache, cache, reduce, partial

def edit_distance(a, b):
    @lru_cache(maxsize=None)
    def d(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        cost = 0 if a[i - 1] == b[j - 1] else 1
        return min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + cost)
    result = d(len(a), len(b))
    return result, d.cache_info()

for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc")]:
    dist, info = edit_distance(a, b)
    print(f"{a!r} -> {b!r}: {dist}  {info}")

BLOCKED = {(1, 1), (2, 3), (3, 0)}

@lru_cache(maxsize=64)
def paths(r, c):
    if (r, c) in BLOCKED or r < 0 or c < 0:
        return 0
    if r == 0 and c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)

print("paths 4x4:", paths(4, 4), paths.cache_info())
print("paths 12x12:", paths(12, 12), paths.cache_info())
paths.cache_clear()
print("paths 6x9:", paths(6, 9), paths.cache_info())

@cache
def ways(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return ways(amount - coins[0], coins) + ways(amount, coins[1:])

print("coin ways:", ways(100, (50, 25, 10, 5, 1)), ways.cache_info().currsize)

@lru_cache(maxsize=8)
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)

best = max(range(1, 200), key=collatz_len)
print("longest collatz < 200:", best, collatz_len(best), collatz_len.cache_info())
total = reduce(lambda acc, n: acc + collatz_len(n), range(1, 50), 0)
print("sum of lengths 1..49:", total)
mod7 = partial(pow, mod=7)
print([mod7(3, k) for k in range(8)])
