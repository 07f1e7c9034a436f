# wrong argument counts and keywords for plain user functions and lambdas
def f(a, b, c=3):
    return a + b + c

def g(*, key):
    return key

def h(a, /, b):
    return a, b

lam = lambda x, y: x * y

cases = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=5),
    lambda: g(1),
    lambda: g(),
    lambda: g(key=1, other=2),
    lambda: h(a=1, b=2),
    lambda: h(1),
    lambda: lam(1),
    lambda: lam(1, 2, 3),
    lambda: lam(x=1, z=2),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
