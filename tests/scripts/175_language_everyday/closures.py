# closures, nonlocal, late binding in loops, cell contents, counters and decorators
def counter(start=0):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = counter(10)
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make_adders():
    out = []
    for i in range(3):
        def add(x, i=i):
            return x + i
        out.append(add)
    return out
print([a(10) for a in make_adders()])
def outer():
    x = "outer"
    def mid():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return mid(), x
print(outer())
def broken():
    y = 1
    def f():
        print(y)
        y = 2
    f()
try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__ + ":", e)
def memo(fn):
    cache = {}
    def wrapper(*a):
        if a not in cache:
            cache[a] = fn(*a)
        return cache[a]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), len(fib.cache))
g = 0
def setg():
    global g
    g += 1
setg(); setg()
print(g)
def unbound_free():
    def f(): return z
    try:
        f()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    z = 1
unbound_free()
