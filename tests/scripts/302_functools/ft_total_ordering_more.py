# functools: total_ordering from each root method, NotImplemented propagation, missing-root error.
from functools import total_ordering
for root in ("__lt__", "__le__", "__gt__", "__ge__"):
    def make(root):
        ops = {"__lt__": lambda a, b: a.v < b.v, "__le__": lambda a, b: a.v <= b.v,
               "__gt__": lambda a, b: a.v > b.v, "__ge__": lambda a, b: a.v >= b.v}
        def cmp(self, other):
            if not isinstance(other, V):
                return NotImplemented
            return ops[root](self, other)
        ns = {"__init__": lambda self, v: setattr(self, "v", v), "__eq__": lambda s, o: isinstance(o, V) and s.v == o.v, root: cmp}
        return total_ordering(type("V", (), ns))
    V = make(root)
    a, b = V(1), V(2)
    print(root, a < b, a <= b, a > b, a >= b, a <= V(1), a >= V(1), b < a)
    try:
        a < 5
    except TypeError as e:
        print(" ", type(e).__name__ + ":", e)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__ + ":", e)
@total_ordering
class Both:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o): return self.v > o.v
    def __eq__(self, o): return self.v == o.v
print(Both(1) <= Both(2), Both(3) >= Both(2), Both.__le__.__name__ if hasattr(Both.__le__, "__name__") else "")
