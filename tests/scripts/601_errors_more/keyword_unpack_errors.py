# TypeError from ** unpacking: non-string keys, duplicates and multiple values
def f(a, b=0):
    return a, b

def g(**kw):
    return kw

cases = [
    lambda: f(**{1: 2}),
    lambda: g(**{1: 2}),
    lambda: f(1, **{"a": 2}),
    lambda: f(**{"a": 1}, a=2),
    lambda: g(**{"x": 1}, **{"x": 2}),
    lambda: f(*[1, 2], b=3),
    lambda: f(**{"c": 1}),
    lambda: dict(1, 2),
    lambda: dict([(1, 2, 3)]),
    lambda: dict([1]),
    lambda: dict(a=1).update(1),
    lambda: f(1, 2, *[3]),
]
for c in cases:
    try:
        print(c())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
