# Every shape of call the CALL instruction sees: plain functions with exact, missing, extra and keyword
# arguments, closures, methods through LOAD_METHOD, bound method objects, generator functions, and errors
# raised at the call itself (wrong counts), which must name the caller's line.

def add(a, b):
    return a + b

def with_default(a, b=10):
    return a + b

def counter():
    n = 0
    def step(k):
        nonlocal n
        n += k
        return n
    return step

def make_adder(x):
    def adder(y):
        return x + y
    return adder

def gen(n):
    for i in range(n):
        yield i * i

class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def put(self, v, scale=1):
        self.v = v * scale
        return self

    def twice(self):
        return self.get() + self.get()

print(add(1, 2), add("x", "y"), add(a=3, b=4), add(5, b=6))
print(with_default(1), with_default(1, 2), with_default(b=1, a=2))
step = counter()
print(step(1), step(2), step(3))
print(make_adder(10)(5), [make_adder(i)(i) for i in range(4)])
print(list(gen(5)), sum(gen(4)))

b = Box(3)
print(b.get(), b.twice(), b.put(4).get(), b.put(2, scale=5).get())
m = b.get
print(m(), Box.get(b), Box.put(b, 7).v)
p = b.put
print(p(8).v, p(v=9).v, p(1, 2).v)
b.fn = add
print(b.fn(20, 22))

def apply(f, *args, **kwargs):
    return f(*args, **kwargs)

print(apply(add, 1, 2), apply(with_default, 1, b=3), apply(b.put, 6).v)

def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)

print(deep(500))

def call_with(f, *args):
    try:
        return f(*args)
    except TypeError as e:
        return f"TypeError: {e}"

print(call_with(add, 1))
print(call_with(add, 1, 2, 3))
print(call_with(b.get, 1))
print(call_with(gen, 1, 2))

class Recurse:
    def down(self, n):
        return self.down(n + 1)

try:
    Recurse().down(0)
except RecursionError as e:
    print("RecursionError:", e)

def forever():
    return forever()

try:
    forever()
except RecursionError as e:
    print("RecursionError:", e)

add(1)
