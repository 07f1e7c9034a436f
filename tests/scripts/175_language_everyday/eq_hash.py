# __eq__/__hash__ interplay: unhashable when __eq__ only, sets/dicts dedupe, inheritance
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        return isinstance(o, A) and self.v == o.v
print(A.__hash__)
try:
    hash(A(1))
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    {A(1)}
except TypeError as e:
    print(type(e).__name__ + ":", e)

class B(A):
    def __hash__(self):
        return hash(self.v)
s = {B(1), B(1), B(2)}
print(len(s), B(1) in s, B(3) in s)
d = {B("k"): 1}
d[B("k")] = 2
print(len(d), d[B("k")])

class C:
    pass
c1, c2 = C(), C()
print(c1 == c2, c1 == c1, c1 != c2, hash(c1) == hash(c1))

class D:
    __hash__ = None
try:
    hash(D())
except TypeError as e:
    print(type(e).__name__ + ":", e)

class Loose:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("Loose.__eq__")
        return NotImplemented
print(Loose(1) == Loose(1))
print(Loose(1) == 1)
print(1 == 1.0, hash(1) == hash(1.0), hash(True) == hash(1), {1: "a", 1.0: "b", True: "c"})
print(float("nan") == float("nan"), [float("nan")] == [float("nan")])
class Rev:
    def __eq__(self, o):
        print("Rev.__eq__ called with", type(o).__name__)
        return True
print(1 == Rev(), Rev() == 1, "x" != Rev())
