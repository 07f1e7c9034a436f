# Mixed-type Fraction arithmetic: float and complex fallbacks, reverse operators, unsupported operands.
from fractions import Fraction as F
a = F(3, 8)
for other in [0.5, 2, 1.5j, complex(2, -1), True]:
    print(repr(other), repr(a + other), repr(other + a), repr(a - other), repr(other - a),
          repr(a * other), repr(other * a), repr(a / other), repr(other / a))
print(type(a + 0.5).__name__, type(a + 1j).__name__, type(a + 1).__name__)
print(F(1, 3) + 0.1, 0.1 + F(1, 3), F(1, 3) * 3.0, F(2, 3) / 0.5)
print(a.__add__("x"), a.__radd__("x"), a.__mul__(None), a.__add__([]))
for expr in ["a + 'x'", "'x' * a", "a - None", "[1] / a", "a // 1j", "a % 1j"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, "->", type(e).__name__ + ":", e)
try:
    a / 0.0
except ZeroDivisionError as e:
    print(type(e).__name__ + ":", e)
print(F.__add__.__name__, F.__radd__.__name__, F.__truediv__.__name__, F.__rfloordiv__.__name__,
      F.__divmod__.__name__, F.__rmod__.__name__)
class Meters:
    def __init__(self, v): self.v = v
    def __radd__(self, other): return "Meters.__radd__(%s)" % other
    def __rmul__(self, other): return "Meters.__rmul__(%s)" % other
print(a + Meters(1), a * Meters(2))
