# functools: partial reprs, nesting flattens args/keywords, keyword override, attributes and errors.
from functools import partial
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1)
q = partial(p, 2, d=5)
r = partial(q, c=9)
print(repr(p).replace(hex(id(f)), "ADDR").split(" at ")[0], q.args, q.keywords, q.func is f, r.func is f, r.keywords)
print(p(2), q(), q(d=0), r(), r(c=1))
print(repr(partial(max, 1, key=abs)), repr(partial(len)))
class C:
    def __repr__(self):
        return "C()"
    def __call__(self, *a, **k):
        return a, k
print(repr(partial(C(), 1, x=[2])), partial(C(), 1)(2, y=3))
try:
    partial()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    partial(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    p.func = max
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    q(3, 4, 5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
p.attr = 1
print(p.attr)
print(partial(int, base=2)("101"), list(map(partial(pow, 2), range(5))))
