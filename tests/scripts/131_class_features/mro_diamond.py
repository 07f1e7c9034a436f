# MRO: C3 linearization of a deep diamond and method lookup along it
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C): pass
class E(C):
    def who(self): return "E>" + super().who()
class F(D, E):
    def who(self): return "F>" + super().who()
print([k.__name__ for k in F.mro()])
print(F.__bases__ == (D, E), issubclass(F, A))
print(F().who())
print(D().who(), E().who())
print(super(B, F()).who())
