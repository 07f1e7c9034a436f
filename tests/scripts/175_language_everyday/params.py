# keyword-only / positional-only params, defaults, *args/**kwargs and their TypeError messages
def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6))
def g(x, *args, y=0, **kw): return x, args, y, kw
def h(): pass
def k(a, b=2): return a, b
class Obj:
    def m(self, x): return x
calls = [
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, c=3, d=4),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, 3, d=4, z=1),
    lambda: f(1, 2, c=3, c2=3, d=4),
    lambda: f(1),
    lambda: f(),
    lambda: h(1),
    lambda: h(x=1),
    lambda: k(),
    lambda: k(1, 2, 3),
    lambda: k(1, a=1),
    lambda: g(),
    lambda: Obj().m(),
    lambda: Obj().m(1, 2),
    lambda: Obj.m(1),
    lambda: len(),
    lambda: len([], []),
    lambda: (lambda *, q: q)(1),
    lambda: (lambda a, b, c: 0)(1),
    lambda: (lambda a, *, b, c: 0)(1),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__ + ":", e)
print(g(1, 2, 3, y=4, z=5))
def defaults(x, acc=[]):
    acc.append(x)
    return acc
print(defaults(1), defaults(2), defaults.__defaults__)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__kwdefaults__)
def both(a, /, **kw): return a, kw
print(both(1, a=2))
