# Real Python operator overloading: Vector class with arithmetic, comparison, __bool__, __len__, __getitem__
import math
from functools import total_ordering
class Vector:
    def __init__(self, *components):
        self.components = tuple(components)
    def __repr__(self):
        return f"Vector{self.components}"
    def __str__(self):
        return "(" + ", ".join(f"{c:g}" for c in self.components) + ")"
    def __len__(self):
        return len(self.components)
    def __getitem__(self, i):
        return self.components[i]
    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self, other)))
    def __sub__(self, other):
        return Vector(*(a - b for a, b in zip(self, other)))
    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(a * k for a in self))
    __rmul__ = __mul__
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return math.hypot(*self)
    def __bool__(self):
        return any(self.components)
    def __eq__(self, other):
        return isinstance(other, Vector) and self.components == other.components
    def __hash__(self):
        return hash(self.components)
    def __iadd__(self, other):
        return self + other
v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v - w, v * 2, 3 * v, v * w, -v, abs(v), bool(v), bool(Vector(0, 0)))
print(repr(v), len(v), v[0], v[-1], list(v), v == Vector(3, 4), v != w, len({v, Vector(3, 4)}))
v += w
print(v, v[::-1])
@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        return self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
prices = [Money(250), Money(99), Money(1000)]
print(sorted(prices), max(prices), Money(5) >= Money(5), Money(6) > Money(5), Money(1) <= Money(0))
try:
    print(v < w)
except Exception as e:
    print(type(e).__name__ + ':', e)
