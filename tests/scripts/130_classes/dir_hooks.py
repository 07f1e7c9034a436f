# dir() with a class's or metaclass's __dir__, and the default listing
class A:
    def __dir__(self): return ["b", "a"]
print(dir(A()))
class M(type):
    def __dir__(cls): return ["z", "y"]
class B(metaclass=M): pass
print(dir(B))
class P:
    x = 1
    def m(self): pass
p = P(); p.q = 2
print([n for n in dir(p) if not n.startswith("__")], "__class__" in dir(p), "__dict__" in dir(p))
print(dir(P) == sorted(set(dir(P))), "x" in dir(P))
print(dir(object()) == dir(object))
