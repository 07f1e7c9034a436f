# WeakSet set algebra: | & - ^, in-place forms, comparisons, isdisjoint, results are WeakSets
import weakref

class E:
    def __init__(self, n): self.n = n

def names(ws):
    return sorted(e.n for e in ws)

es = [E(i) for i in range(8)]
a = weakref.WeakSet(es[0:4])
b = weakref.WeakSet(es[2:6])
print(names(a | b), names(a & b), names(a - b), names(a ^ b))
print(names(a.union(es[6:])), names(a.intersection(es[3:])), names(a.difference(es[:2])),
      names(a.symmetric_difference(es[3:5])))
print(type(a | b).__name__, type(a - b).__name__)
print(a <= a | b, a < a | b, a < a, a >= weakref.WeakSet(es[:2]), a > a, a == weakref.WeakSet(es[:4]))
print(a.issubset(es), a.issuperset(es[1:3]), a.isdisjoint(es[6:]), a.isdisjoint(b))
print(a == set(es[:4]), a != b, a == 1)
c = weakref.WeakSet(es[:3])
c |= weakref.WeakSet(es[6:])
print(names(c))
c &= es[1:7]
print(names(c))
c -= [es[1]]
print(names(c))
c ^= [es[2], es[5]]
print(names(c))
c.difference_update([es[5]]); c.intersection_update(es); c.symmetric_difference_update([es[0]])
print(names(c))
c -= c
print(len(c))
d = weakref.WeakSet(es[:2]); d ^= d
print(len(d))
u = a | b
del es[2:4]
print(names(u), len(a), len(b), names(a & b))
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    a < 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
