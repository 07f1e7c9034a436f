# operator overloading: binary, reflected, in-place, unary, comparisons, NotImplemented
class V:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return "V(" + ", ".join(map(str, self.c)) + ")"
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return V(*(a + o for a in self.c))
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return self + o
    def __iadd__(self, o):
        print("iadd")
        self.c = (self + o).c
        return self
    def __mul__(self, k):
        return V(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self):
        return V(*(-a for a in self.c))
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __bool__(self):
        return any(self.c)
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c
    def __pow__(self, n, mod=None):
        return V(*(pow(a, n, mod) for a in self.c))

a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, 2 * a, a * 3)
print(a @ b, -a, abs(b), bool(V(0, 0)), bool(a))
print(a < b, a > b, a == V(1, 2), a != b)
print(sorted([b, a, V(0, 1)]))
print(sum([a, b], V(0, 0)), a ** 2, pow(b, 2, 5))
x = a
x += b
print(x, x is a)
try:
    a + "s"
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    "s" - a
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    a <= b
except TypeError as e:
    print(type(e).__name__ + ":", e)
class L(list):
    def __iadd__(self, o):
        print("L iadd")
        return super().__iadd__(o)
l = L([1]); l += [2]
print(l, type(l).__name__)
