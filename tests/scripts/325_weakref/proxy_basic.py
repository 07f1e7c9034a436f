# proxy: attribute forwarding, type names, sharing, str/repr shape, unhashable, ReferenceError
import weakref

class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def norm1(self): return abs(self.x) + abs(self.y)
    def __str__(self): return "Point(%d, %d)" % (self.x, self.y)

pt = Point(3, -4)
p = weakref.proxy(pt)
print(p.x, p.y, p.norm1(), str(p))
p.z = 9
print(pt.z, hasattr(p, "z"))
del p.z
print(hasattr(pt, "z"), getattr(p, "nope", "dflt"))
try:
    p.nope
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(type(p).__name__, type(p) is weakref.ProxyType, type(p) in weakref.ProxyTypes)
print(weakref.proxy(pt) is p, weakref.proxy(pt, lambda x: None) is p)
print(p.__class__.__name__, type(p).__module__)
r = repr(p)
print(r.startswith("<weakproxy at 0x"), " to Point at 0x" in r)
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    {p: 1}
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    type(p)()
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(weakref.getweakrefcount(pt), p in weakref.getweakrefs(pt))
print(p == pt, pt == p, p != pt)
fn = lambda: 42
cp = weakref.proxy(fn)
print(type(cp).__name__, cp(), callable(cp), callable(p))
del pt
for f in (lambda: p.x, lambda: p.norm1(), lambda: setattr(p, "x", 1)):
    try:
        f()
    except ReferenceError as e:
        print(type(e).__name__ + ":", e)
print(repr(p).startswith("<weakproxy at 0x"), weakref.getweakrefcount(fn))
