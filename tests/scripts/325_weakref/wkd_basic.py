# WeakKeyDictionary: mapping API, entries vanish when keys die, keyrefs, equal-keys lookup
import weakref

class Key:
    def __init__(self, name): self.name = name
    def __repr__(self): return "Key(%s)" % self.name

a, b, c = Key("a"), Key("b"), Key("c")
d = weakref.WeakKeyDictionary({a: 1, b: 2})
d[c] = 3
print(len(d), d[a], b in d, "x" in d, 5 in d, d.get(c), d.get(Key("z"), "no"))
print(sorted(k.name for k in d), sorted(d.values()), sorted((k.name, v) for k, v in d.items()))
print(len(d.keyrefs()), all(isinstance(r, weakref.ref) for r in d.keyrefs()))
del b
print(len(d), sorted(k.name for k in d.keys()))
try:
    d[Key("q")]
except KeyError as e:
    print(type(e).__name__ + ":", str(e).startswith("<weakref at"))
print(d.setdefault(a, 100), d.setdefault(Key("tmp"), 7), len(d))
print(d.pop(c), d.pop(c, "missing"), len(d))
try:
    d.pop(c)
except KeyError as e:
    print(type(e).__name__ + ":", str(e).startswith("<weakref at"))
d.update([(c, 30)], extra=None) if False else d.update([(c, 30)])
print(d[c], len(d))
k, v = d.popitem()
print(k.name, v, len(d))
del d[a]
print(len(d), dict(d) == {}, repr(d).startswith("<WeakKeyDictionary at 0x"))
class Val:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __hash__(self): return hash(self.v)
v1, v2 = Val(1), Val(1)
dv = weakref.WeakKeyDictionary()
dv[v1] = "first"
print(dv[v2], v2 in dv)       # equal live keys match
dv[v2] = "second"
print(len(dv), dv[v1])
del v1
print(len(dv), dv.get(v2))
try:
    dv.update(k=1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
