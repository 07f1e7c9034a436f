# Fraction from floats: exact conversion, from_float, non-finite values and type errors.
import math
from fractions import Fraction as F
for x in [0.1, 1.47, 2.25, -0.0, 0.0, 1e-310, 1.7976931348623157e308, -3.5, 2.0**60, 1/3]:
    f = F(x)
    print(repr(x), repr(f), float(f) == x)
print(F.from_float(0.3) == F(3, 10), F.from_float(0.3), F.from_float(7), F.from_float(True))
print(F(0.5, ) + F.from_float(0.25))
for x in [math.inf, -math.inf, math.nan]:
    for fn in (F, F.from_float):
        try:
            fn(x)
        except (OverflowError, ValueError) as e:
            print(type(e).__name__ + ":", e)
for bad in ["1.5", F(1, 2), 1j, None]:
    try:
        F.from_float(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
class Sub(F):
    pass
print(repr(Sub.from_float(0.75)), type(Sub.from_float(2)).__name__)
try:
    Sub.from_float("x")
except TypeError as e:
    print(type(e).__name__ + ":", e)
