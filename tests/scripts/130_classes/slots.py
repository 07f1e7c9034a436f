# __slots__: instances take only the declared names (inherited ones too), no __dict__ unless declared; the errors
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
p.x = 5
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
class Q(P):
    __slots__ = ("z",)
q = Q(1, 2); q.z = 3; print(q.x, q.z)
try:
    q.w = 1
except AttributeError as e:
    print("AttributeError:", e)
class R(P):
    pass
r = R(1, 2); r.w = 9; print(r.w)
class S:
    __slots__ = "only"
s = S()
try:
    print(s.only)
except AttributeError as e:
    print("AttributeError:", e)
s.only = 1; print(s.only)
class D:
    __slots__ = ("a", "__dict__")
d = D(); d.b = 2; print(d.b)
try:
    class Bad:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Bad2:
        __slots__ = ("1x",)
except TypeError as e:
    print("TypeError:", e)
class M:
    __slots__ = ("__secret",)
    def set(self): self.__secret = 1; return self.__secret
print(M().set())
setattr(p, "y", 7); print(p.y)
try:
    setattr(p, "q", 7)
except AttributeError as e:
    print("AttributeError:", e)
