# dataclasses: order=True comparisons with other classes/subclasses, eq=False identity, order without eq error.
from dataclasses import dataclass, field
@dataclass(order=True)
class V:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)
vs = [V(1, 2, "b"), V(1, 0, "a"), V(0, 9), V(1, 2, "c")]
print(sorted(vs))
print(V(1, 2) == V(1, 2, "zz"), V(1, 2) < V(1, 3), V(2) >= V(1, 99), V(1) <= V(1))
@dataclass(order=True)
class W(V):
    pass
print(V(1) == W(1))
for op in ("<", "<=", ">", ">="):
    try:
        eval("V(1) " + op + " W(1)")
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    V(1) < (1, 0)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(V(1).__eq__((1, 0)), V(1).__lt__(5))
try:
    @dataclass(order=True, eq=False)
    class Bad:
        x: int
except ValueError as e:
    print(type(e).__name__ + ":", e)
@dataclass(eq=False)
class Ident:
    x: int
a = Ident(1)
print(a == Ident(1), a == a, hash(a) == object.__hash__(a))
try:
    @dataclass(order=True)
    class Own:
        x: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print(type(e).__name__ + ":", e)
