# Fraction comparisons with Fractions, ints, floats (including nan/inf) and complex; sorting.
import math
from fractions import Fraction as F
a = F(1, 3)
for other in [F(1, 3), F(2, 6), F(1, 2), 0, 1, 0.3333333333333333, 0.5, 1 / 3, math.inf, -math.inf, math.nan,
              complex(1, 0) / 3, 1j, True]:
    print(repr(other), a == other, a != other, a < other if not isinstance(other, complex) else "-",
          a >= other if not isinstance(other, complex) else "-")
print(F(1, 2) == 0.5, 0.5 == F(1, 2), F(5) == 5, 5 == F(5), F(1, 2) == complex(0.5, 0), F(1, 2) == complex(0.5, 1))
print(F(0) == -0.0, F(0) < math.inf, F(10**400) < math.inf, F(-10**400) > -math.inf, F(0) > math.nan)
print(F(1, 2) == "1/2", F(1, 2) != None, F(1, 2).__eq__("x"), F(1, 2).__lt__("x"))
for expr in ["F(1, 2) < 'a'", "F(1, 2) <= None", "1j < F(1)", "F(1) > 2j"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", type(e).__name__ + ":", e)
vals = [F(3, 7), 0.4, 1, F(-1, 2), 0, F(22, 7), 3.14, F(2, 5)]
print(sorted(vals), max(vals), min(vals))
print(sorted([F(1, n) for n in range(1, 8)], reverse=True))
print(F(10**20 + 1, 10**20) > 1.0, F(10**20 + 1, 10**20) == 1.0, F(1, 2**1075) > 0.0, F(1, 2**1075) == 0.0)
