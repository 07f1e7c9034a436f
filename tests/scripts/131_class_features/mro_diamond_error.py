# MRO: C3 linearization of a deep diamond, then an inconsistent hierarchy raising TypeError
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C): pass
class F(D, E): pass
print([k.__name__ for k in F.mro()])
print(F.__bases__ == (D, E), issubclass(F, A))
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)
class P: pass
class Q: pass
class R1(P, Q): pass
class R2(Q, P): pass
class Bad(R1, R2): pass
