# a __prepare__ namespace's own __setitem__/__getitem__ in the class body; int subclasses' unary operators
class D(dict):
    def __setitem__(s, k, v):
        print("set", k)
        dict.__setitem__(s, k, v)
    def __getitem__(s, k):
        if k == "magic": return 42
        return dict.__getitem__(s, k)
class M(type):
    @classmethod
    def __prepare__(m, n, b, **k): return D()
class A(metaclass=M):
    x = 1
    y = magic
    z = len("ab")
    del x
print(A.y, A.z, hasattr(A, "x"))
class B(int):
    def __neg__(s): return "neg"
    def __invert__(s): return "inv"
print(-B(1), ~B(1), +B(5), type(+B(5)).__name__)
