# Realistic use: memoized recursive solvers (edit distance with alignment, lattice paths with walls, word break)
import sys
from functools import lru_cache, cache

sys.setrecursionlimit(3000)


def edit_distance(a, b):
    @lru_cache(maxsize=None)
    def d(i, j):
        if i == len(a):
            return len(b) - j
        if j == len(b):
            return len(a) - i
        if a[i] == b[j]:
            return d(i + 1, j + 1)
        return 1 + min(d(i + 1, j), d(i, j + 1), d(i + 1, j + 1))

    def align(i, j):
        ops = []
        while i < len(a) or j < len(b):
            if i < len(a) and j < len(b) and a[i] == b[j] and d(i, j) == d(i + 1, j + 1):
                ops.append("=" + a[i]); i += 1; j += 1
            elif i < len(a) and j < len(b) and d(i, j) == 1 + d(i + 1, j + 1):
                ops.append(f"~{a[i]}{b[j]}"); i += 1; j += 1
            elif i < len(a) and d(i, j) == 1 + d(i + 1, j):
                ops.append("-" + a[i]); i += 1
            else:
                ops.append("+" + b[j]); j += 1
        return " ".join(ops)

    return d(0, 0), align(0, 0), d.cache_info()


for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
    dist, ops, info = edit_distance(a, b)
    print(f"{a!r} -> {b!r}: {dist}  [{ops}]")
    print("   ", info)

WALLS = {(1, 1), (2, 3), (3, 0)}


@lru_cache(maxsize=64)
def paths(r, c):
    if (r, c) in WALLS or r < 0 or c < 0:
        return 0
    if r == 0 and c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)

for n in (2, 4, 6, 12):
    print(f"paths to ({n},{n}):", paths(n, n), paths.cache_info())
paths.cache_clear()
print("cleared:", paths.cache_info())
print("big:", paths(40, 40), paths.cache_info())

WORDS = frozenset("a an and ant apple pie pine pineapple s sand and dog dogs cat cats".split())


@cache
def segmentations(s):
    if not s:
        return [[]]
    out = []
    for k in range(1, len(s) + 1):
        if s[:k] in WORDS:
            out.extend([s[:k]] + rest for rest in segmentations(s[k:]))
    return out

for text in ("pineapplepie", "catsanddogs", "xyz"):
    print(text, sorted(" ".join(w) for w in segmentations(text)))
print(segmentations.cache_info())
