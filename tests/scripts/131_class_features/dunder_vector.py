# arithmetic dunders with reflected and in-place variants, NotImplemented fallbacks
class Vec:
    def __init__(self, *c): self.c = tuple(c)
    def __repr__(self): return f"Vec{self.c}"
    def __add__(self, o):
        if not isinstance(o, Vec): return NotImplemented
        return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        if not isinstance(k, (int, float)): return NotImplemented
        return Vec(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __iadd__(self, o):
        self.c = (self + o).c
        return self
    def __neg__(self): return self * -1
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __bool__(self): return any(self.c)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
v = Vec(3, 4)
print(v + Vec(1, 1), 2 * v, v * 0.5, -v, abs(v), v @ Vec(1, 2))
w = v
w += Vec(1, 1)
print(v, w is v, bool(Vec(0, 0)), bool(v))
for expr in (lambda: v + 1, lambda: v * "a", lambda: "a" - v):
    try:
        expr()
    except TypeError as e:
        print("TypeError:", e)
