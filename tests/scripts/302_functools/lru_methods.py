# lru_cache on methods and staticmethods, cache shared across instances, cache(), wrapper attributes
import functools

class Grid:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        return self.n == other.n
    @functools.lru_cache(maxsize=8)
    def cells(self, factor=1):
        return self.n * self.n * factor
    @staticmethod
    @functools.cache
    def label(i):
        return f"L{i}"

a, b = Grid(3), Grid(3)
print(a.cells(), b.cells(), a.cells(2), Grid(4).cells())
print(Grid.cells.cache_info())
print(a.cells.cache_info() == Grid.cells.cache_info())
print(Grid.label(1), Grid.label(1), Grid().label(2) if False else Grid.label(2))
print(Grid.label.cache_info())

@functools.cache
def fib(n):
    "Fibonacci."
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), fib.cache_parameters())
print(fib.__name__, fib.__doc__, fib.__qualname__, callable(fib.__wrapped__))
fib.cache_clear()
print(fib(10), fib.cache_info())
try:
    functools.cache()
except TypeError as e:
    print(type(e).__name__ + ":", e)

def plain(x):
    return x
plain.marker = "m"
cached = functools.lru_cache(maxsize=2)(plain)
print(cached.marker, cached.__wrapped__ is plain, cached(5))
print(functools.cache(len)("abc"), functools.lru_cache(len)("ab"))
