# Closures over parameters: multipliers, a function composer, and a memoizing wrapper with a dict in its closure.
def multiplier(n):
    return lambda x: x * n

double, triple = multiplier(2), multiplier(3)
print(double(5), triple(5), multiplier("ab")(2))

def compose(f, g):
    def h(x):
        return f(g(x))
    return h

inc_then_double = compose(double, lambda x: x + 1)
print(inc_then_double(4))

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), len(fib.cache))
