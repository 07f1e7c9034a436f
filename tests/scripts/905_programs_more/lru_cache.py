# An LRU cache class with hit statistics, used as a memoizing decorator for two recursive functions.
from collections import OrderedDict
from functools import wraps


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = self.evictions = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)
            self.evictions += 1

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        keys = list(self.data)
        return f"LRUCache(cap={self.capacity}, keys={keys}, h/m/e={self.hits}/{self.misses}/{self.evictions})"


_MISSING = object()


def memoize(capacity):
    def decorator(fn):
        cache = LRUCache(capacity)

        @wraps(fn)
        def wrapper(*args):
            result = cache.get(args, _MISSING)
            if result is _MISSING:
                result = fn(*args)
                cache.put(args, result)
            return result

        wrapper.cache = cache
        return wrapper
    return decorator


@memoize(capacity=64)
def fib(n):
    """Fibonacci number n."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@memoize(capacity=8)
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


print(fib(80), fib.__name__, fib.__doc__)
print(fib.cache.hits, fib.cache.misses, len(fib.cache.data))
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same")]:
    print(f"{a!r} -> {b!r}: {edit_distance(a, b)}")
c = edit_distance.cache
print(c.evictions > 0, len(c.data) == c.capacity)

lru = LRUCache(3)
for op in "put a 1|put b 2|get a|put c 3|put d 4|get b|get c|put a 9|get a|get d".split("|"):
    parts = op.split()
    if parts[0] == "put":
        lru.put(parts[1], int(parts[2]))
    else:
        print(f"get {parts[1]} -> {lru.get(parts[1])}")
print(lru, "b" in lru, "d" in lru)
