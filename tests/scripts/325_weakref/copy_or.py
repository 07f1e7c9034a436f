# copy/deepcopy and the | / |= operators of the weak dictionaries
import copy
import weakref

class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return "V(%d)" % self.n

vs = [V(i) for i in range(4)]
d = weakref.WeakValueDictionary({"a": vs[0], "b": vs[1]})
c = d.copy()
print(type(c).__name__, sorted(c.items()), c is not d, copy.copy(d)["a"] is vs[0])
dc = copy.deepcopy(d)
print(sorted(dc), dc["b"] is vs[1])        # values shared, not copied
u = d | {"c": vs[2]}
print(type(u).__name__, sorted(u), sorted(d))
r = {"c": vs[2], "a": vs[3]} | d
print(type(r).__name__, sorted(r.items()))
d |= {"d": vs[3]}
print(sorted(d))
d |= [("e", vs[0])]
print(sorted(d))
try:
    d | [("x", vs[0])]
except TypeError as e:
    print(type(e).__name__ + ":", e)
del vs[1]
print(sorted(d), sorted(c), sorted(u), sorted(dc))

class K:
    def __init__(self, n): self.n = n
ks = [K(i) for i in range(3)]
w = weakref.WeakKeyDictionary({ks[0]: [1], ks[1]: [2]})
w2 = w.copy()
w3 = copy.deepcopy(w)
print(type(w2).__name__, w2[ks[0]] is w[ks[0]], w3[ks[0]] == w[ks[0]], w3[ks[0]] is w[ks[0]])
m = w | {ks[2]: [3]}
print(len(m), len(w), m[ks[2]])
n = {ks[2]: "x"} | w
print(type(n).__name__, len(n))
w |= {ks[2]: [9]}
print(len(w), w[ks[2]])
try:
    w | 5
except TypeError as e:
    print(type(e).__name__ + ":", e)
del ks[0]
print(len(w), len(w2), len(w3), len(m), len(n))
