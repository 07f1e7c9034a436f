# WeakValueDictionary: mapping API, entries vanish when values die
import weakref

class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return "Obj(%d)" % self.n

objs = {i: Obj(i) for i in range(5)}
d = weakref.WeakValueDictionary(objs)
print(len(d), d[2], 3 in d, 9 in d, d.get(1), d.get(9, "none"), sorted(d))
print(sorted(d.keys()), sorted(d.values(), key=lambda o: o.n), sorted(d.items()))
del objs[2]
print(len(d), 2 in d, d.get(2), sorted(d))
try:
    d[2]
except KeyError as e:
    print(type(e).__name__ + ":", e)
extra = Obj(10)
d["x"] = extra
d.update({"y": objs[0]}, z=objs[1])
print(len(d), d["x"], d["y"], d["z"])
del extra
print(len(d), "x" in d)
print(d.pop("y"), d.pop("y", "gone"), d.setdefault("z", None), d.setdefault("w", objs[4]))
try:
    d.pop("nope")
except KeyError as e:
    print(type(e).__name__ + ":", e)
k, v = d.popitem()
print(k, v, len(d))
refs = d.valuerefs()
print(sorted(r.key for r in refs if isinstance(r, weakref.KeyedRef)), sorted(r().n for r in d.itervaluerefs()))
del d[0]
try:
    del d[0]
except KeyError as e:
    print(type(e).__name__ + ":", e)
objs.clear()
print(len(d), list(d.items()), dict(d))
print(repr(d).startswith("<WeakValueDictionary at 0x"), isinstance(d, __import__("collections").abc.MutableMapping))
d.clear()
print(len(d), bool(d))
d2 = weakref.WeakValueDictionary(a=Obj(1))
print(len(d2))
