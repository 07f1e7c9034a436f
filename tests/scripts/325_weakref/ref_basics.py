# ref(): calling, identity sharing, hash/eq, repr shape, __callback__, getweakrefcount
import weakref

class A:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return isinstance(o, A) and self.n == o.n
    def __hash__(self): return hash(self.n)

a, b = A(1), A(1)
r = weakref.ref(a)
print(r() is a, weakref.ref(a) is r, weakref.ref is weakref.ReferenceType)
print(r == weakref.ref(b), r != weakref.ref(b), hash(r) == hash(a))
print(weakref.getweakrefcount(a), weakref.getweakrefcount(A(5)))
print(repr(r).startswith("<weakref at 0x"), "to 'A' at" in repr(r))
print(r.__callback__)
cb = lambda w: None
r2 = weakref.ref(a, cb)
print(r2.__callback__ is cb, r2 is not r, weakref.getweakrefcount(a))
print(sorted(map(id, weakref.getweakrefs(a))) == sorted([id(r), id(r2)]))
del a
print(r(), r2(), repr(r).endswith("; dead>"))
print(weakref.getweakrefcount(b))
# dead refs compare by identity, hash stays cached
rb = weakref.ref(b); h = hash(rb)
del b
print(rb == rb, rb == r, hash(rb) == h)
r3 = weakref.ref(A(2))
try:
    hash(r3)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(type(r).__name__, type(r).__module__, weakref.ref)
