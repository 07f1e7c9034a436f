# __call__ makes instances callable: memoizer class, callable() checks, call with keywords
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.misses = 0
    def __call__(self, *args):
        if args not in self.cache:
            self.misses += 1
            self.cache[args] = self.fn(*args)
        return self.cache[args]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.misses, len(fib.cache))
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, times=1): return x + self.n * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), list(map(add5, [10, 20])))
print(callable(add5), callable(Adder), callable(3), callable(fib))
try:
    add5(1, 2)
except TypeError as e:
    print("TypeError:", e)
