# types.SimpleNamespace: construction, repr, equality, attribute access, errors
from types import SimpleNamespace

ns = SimpleNamespace(b=2, a=1)
print(ns, repr(ns), ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, vars(ns))
print(SimpleNamespace())
print(SimpleNamespace(x=SimpleNamespace(y=1)))
ns.self_ref = ns
print(ns)
print(SimpleNamespace(a=1) == SimpleNamespace(a=1), SimpleNamespace(a=1) != SimpleNamespace(a=2))
print(SimpleNamespace(a=1, b=2) == SimpleNamespace(b=2, a=1), SimpleNamespace() == {}, SimpleNamespace() == 0)
print(SimpleNamespace(self=1, args=2))

class Point(SimpleNamespace):
    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Point(x=3, y=-4)
print(p, p.norm1(), p == SimpleNamespace(x=3, y=-4), SimpleNamespace(x=3, y=-4) == p)

for call in [lambda: SimpleNamespace(1), lambda: SimpleNamespace({"a": 1})]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    SimpleNamespace().missing
except AttributeError as e:
    print(type(e).__name__)
print(SimpleNamespace.__hash__ is None)
r = SimpleNamespace(q=1).__reduce__()
print(r[0].__name__, r[1], r[2])
n = SimpleNamespace(a=1)
n.__init__(z=9)
print(n)
kw = {"k": [1, 2]}
n = SimpleNamespace(**kw)
print(n.k is kw["k"])
print(sorted(vars(SimpleNamespace(z=1, y=2, x=3))))
