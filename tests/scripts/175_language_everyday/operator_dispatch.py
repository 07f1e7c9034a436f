# operator dispatch rules: subclass reflected priority, NotImplemented fallbacks, in-place fallback, all dunders
class A:
    def __add__(self, o): return NotImplemented
    def __lt__(self, o): return "A.lt"
    def __iadd__(self, o): return NotImplemented
    def __repr__(self): return "A()"
class B:
    def __radd__(self, o): return "B.radd"
class C(A):
    def __gt__(self, o): return "C.gt"
class D:
    def __add__(self, o): return "D.add"
print(A() + B(), A() < C(), A() < A())
x = D()
x += 1
print(x)
try:
    a = A()
    a += 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Ops:
    def __matmul__(s, o): return "matmul"
    def __rmatmul__(s, o): return "rmatmul"
    def __floordiv__(s, o): return "floordiv"
    def __rtruediv__(s, o): return "rtruediv"
    def __lshift__(s, o): return "lshift"
    def __rshift__(s, o): return "rshift"
    def __and__(s, o): return "and"
    def __ror__(s, o): return "ror"
    def __xor__(s, o): return "xor"
    def __mod__(s, o): return "mod"
    def __invert__(s): return "invert"
    def __pos__(s): return "pos"
    def __divmod__(s, o): return ("divmod", o)
    def __rpow__(s, o): return ("rpow", o)
o = Ops()
print(o @ 1, 1 @ o, o // 1, 1 / o, o << 1, o >> 1, o & 1, 1 | o, o ^ 1, o % 2, ~o, +o)
print(divmod(o, 3), 2 ** o)
class V:
    def __init__(s, v): s.v = v
    def __radd__(s, o): return V(o + s.v)
    def __repr__(s): return f"V{s.v}"
print(sum([V(1)]), 1 + V(5))
class Eq:
    def __eq__(s, o): return "eq-result"
print(Eq() == 1, Eq() != 1, 1 == Eq())
try:
    o - 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    ~"s"
except TypeError as e:
    print(type(e).__name__ + ":", e)
