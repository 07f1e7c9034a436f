# weakref tour: ref callbacks, WeakValueDictionary cache, WeakSet membership, finalize, proxies
import weakref, gc
class Image:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Image({self.name!r})"
img = Image("cat.png")
r = weakref.ref(img, lambda ref: print("callback: referent gone"))
print(r(), r() is img, weakref.getweakrefcount(img))
del img; gc.collect()
print(r())
cache = weakref.WeakValueDictionary()
a, b = Image("a"), Image("b")
cache["a"], cache["b"] = a, b
print(sorted(cache.keys()), cache.get("a"))
del a; gc.collect()
print(sorted(cache.keys()), "a" in cache, len(cache))
ws = weakref.WeakSet()
x, y = Image("x"), Image("y")
ws.add(x); ws.add(y)
print(len(ws), x in ws)
del y; gc.collect()
print(len(ws), sorted(i.name for i in ws))
def goodbye(name):
    print("finalized", name)
z = Image("z")
f = weakref.finalize(z, goodbye, "z")
print(f.alive)
del z; gc.collect()
print(f.alive)
q = Image("q")
p = weakref.proxy(q)
print(p.name, repr(p.name))
kd = weakref.WeakKeyDictionary()
kd[q] = "meta"
print(list(kd.values()))
del q; gc.collect()
print(len(kd))
try:
    weakref.ref(42)
except TypeError as e:
    print("TypeError:", e)
try:
    print(p.name)
except Exception as e:
    print(type(e).__name__ + ':', e)
