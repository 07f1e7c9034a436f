# operator's in-place functions: mutate mutable operands, return new objects for immutable ones
import operator

lst = [1, 2]
r = operator.iadd(lst, [3])
print(r, lst, r is lst)
r = operator.iconcat(lst, (4, 5))
print(r, lst, r is lst)
r = operator.imul(lst, 2)
print(r, r is lst)
t = (1, 2)
r = operator.iadd(t, (3,))
print(r, t, r is t)
s = "ab"
print(operator.iadd(s, "c"), operator.imul(s, 3), s)

n = 17
print(operator.iadd(n, 3), operator.isub(n, 3), operator.imul(n, 3), operator.itruediv(n, 4),
      operator.ifloordiv(n, 4), operator.imod(n, 4), operator.ipow(n, 2))
print(operator.ilshift(n, 2), operator.irshift(n, 2), operator.iand(n, 5), operator.ior(n, 8), operator.ixor(n, 1), n)
print(operator.ipow(2, -2), operator.itruediv(1, 8), operator.ifloordiv(-7, 2), operator.imod(-7, 2))

st = {1, 2, 3}
r = operator.iand(st, {2, 3, 4})
print(sorted(r), sorted(st), r is st)
r = operator.ior(st, {9})
print(sorted(st), r is st)
r = operator.ixor(st, {2, 10})
print(sorted(st), r is st)
r = operator.isub(st, {9})
print(sorted(st), r is st)
d = {"a": 1}
r = operator.ior(d, {"b": 2})
print(d, r is d)
fs = frozenset({1})
r = operator.ior(fs, {2})
print(sorted(r), sorted(fs), r is fs)

class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __add__(self, o):
        return Acc(self.v + o + 1000)
    def __imatmul__(self, o):
        self.v = [self.v, o]
        return self
    def __repr__(self):
        return "Acc(%r)" % (self.v,)
a = Acc(1)
r = operator.iadd(a, 5)
print(r, r is a)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
o = OnlyAdd(1)
r = operator.iadd(o, 2)
print(r.v, o.v, r is o)
print(operator.imatmul(Acc(1), 2))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: operator.iadd(1, "a"))
show(lambda: operator.iconcat(1, 2))
show(lambda: operator.iconcat([1], 2))
show(lambda: operator.iconcat("a", "b"))
show(lambda: operator.itruediv(1, 0))
show(lambda: operator.imatmul(1, 2))
show(lambda: operator.isub([1], [1]))
show(lambda: operator.imul([1], 2.0))
show(lambda: operator.iadd([1]))
