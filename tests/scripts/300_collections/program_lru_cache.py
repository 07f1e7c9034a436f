# realistic program: an LRU cache on OrderedDict with hit/miss stats, eviction log and a memoizing decorator
from collections import OrderedDict, namedtuple
import functools

Stats = namedtuple("Stats", "hits misses evictions size", defaults=(0, 0, 0, 0))

class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.stats = Stats()
        self.evicted = []
    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.stats = self.stats._replace(hits=self.stats.hits + 1)
            return self.data[key]
        self.stats = self.stats._replace(misses=self.stats.misses + 1)
        return default
    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            self.evicted.append(old)
            self.stats = self.stats._replace(evictions=self.stats.evictions + 1)
        self.stats = self.stats._replace(size=len(self.data))
    def __repr__(self):
        return f"LRU({list(self.data.items())})"

cache = LRU(3)
for k in "abcab":
    if cache.get(k) is None:
        cache.put(k, k.upper())
cache.put("d", "D")
cache.get("a")
cache.put("e", "E")
print(cache, cache.evicted)
print(cache.stats, cache.stats._asdict())

def lru_memo(capacity):
    def deco(fn):
        store = LRU(capacity)
        @functools.wraps(fn)
        def wrapper(n):
            hit = store.get(n)
            if hit is None:
                hit = fn(n)
                store.put(n, hit)
            return hit
        wrapper.cache = store
        return wrapper
    return deco

@lru_memo(50)
def fib(n):
    "fibonacci"
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40), fib.__name__, fib.__doc__, fib.cache.stats)
