# lru_cache eviction: least recently used goes first, hits refresh recency, recursive re-entry keeps one entry
from functools import lru_cache

computed = []
@lru_cache(maxsize=3)
def val(k):
    computed.append(k)
    return k.upper()

def run(seq):
    computed.clear()
    for k in seq:
        val(k)
    return "".join(computed)

print(run("abc"))      # misses: abc
print(run("abc"))      # all hits
print(run("dab"))      # d evicts a; a evicts b; b evicts c
print(run("cd"))       # c evicts d... d was refreshed? shows order
print(run("bcda"))
print(val.cache_info())
val.cache_clear()
print(run("aabbccaadd"), run("bca"), val.cache_info())

# a function that calls itself with the same key while computing
depth = [0]
@lru_cache(maxsize=2)
def reent(n):
    depth[0] += 1
    if depth[0] < 3:
        reent(n)
    return depth[0]
print(reent(1), reent(1), reent.cache_info())

@lru_cache(maxsize=1)
def single(x):
    return x * 2
print([single(x) for x in (1, 1, 2, 1, 1)], single.cache_info())

@lru_cache(maxsize=2)
def kw(a, b=0):
    computed.append((a, b))
    return a + b
computed.clear()
for call in [(1,), (1, 0), (1,), (2,), (1, 0)]:
    kw(*call)
kw(a=1)
print(computed, kw.cache_info())
