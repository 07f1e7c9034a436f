# partial: calling, argument merging, attributes, reprs with builtins, flattening, errors
import functools
from functools import partial

def f(*args, **kw):
    return args, sorted(kw.items())

p = partial(f, 1, 2, a=3)
print(p(4, b=5))
print(p(a=9))
print(p.args, p.keywords, p.func is f)
print(repr(partial(max, 1)))
print(repr(partial(max, 1, "x", key=len)))
print(repr(partial(max)))
print(repr(partial(print, sep="-", end="!\n")))
p2 = partial(p, 7, c=8)
print(p2.func is f, p2.args, p2.keywords)
print(p2())
print(repr(partial(partial(max, 1), 2)))
p3 = partial(pow, 2)
print([p3(i) for i in range(6)])
base = partial(int, base=2)
print(base("1011"), base("11", base=3))
for bad in [lambda: partial(), lambda: partial(5), lambda: partial(None, 1)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__ + ":", e)
for attr in ("func", "args", "keywords"):
    try:
        setattr(p, attr, 1)
    except AttributeError as e:
        print(type(e).__name__ + ":", e)
p.note = "hi"
print(p.note, p.__dict__["note"])
# a partial with a __dict__ entry is not flattened
q = partial(p, 10)
print(q.func is p, q.args)
print(callable(p), type(p).__name__, type(p).__module__)
class MyPartial(partial):
    pass
mp = MyPartial(max, 3)
print(repr(mp), mp(5), type(mp).__name__)
print(repr(partial(mp, 4)))
print(partial(max, 3) == partial(max, 3))
try:
    p3("x")
except TypeError as e:
    print(type(e).__name__ + ":", e)
