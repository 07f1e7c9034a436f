# floor/ceil/trunc/int/round of Fractions: banker's rounding, ndigits (positive, zero, negative), types.
import math
from fractions import Fraction as F
vals = [F(5, 2), F(7, 2), F(-5, 2), F(-7, 2), F(1, 3), F(-1, 3), F(2, 3), F(-2, 3), F(7), F(-7), F(0)]
for v in vals:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), int(v), round(v), type(round(v)).__name__)
for v in [F(12345, 100), F(-12345, 100), F(1, 3), F(25, 1000), F(35, 1000), F(123456, 7)]:
    print(v, [repr(round(v, n)) for n in (0, 1, 2, 3, -1, -2)])
print(repr(round(F(15, 10), 0)), repr(round(F(250), -2)), repr(round(F(350), -2)), repr(round(F(-250), -2)))
print(type(round(F(1, 3), 2)).__name__, type(math.floor(F(9, 4))).__name__, F(9, 4).__floor__())
print(round(F(10**30 + 1, 2)), round(F(-(10**30) - 1, 2)), int(F(-10**30 - 1, 10**29)))
print(bool(F(0)), bool(F(1, 10**50)), bool(-F(1, 3)), not F(0))
# invoice: line items rounded half-even to cents
items = [F("19.995"), F("0.125"), F("4.005"), F("2.675")]
print([str(round(i, 2)) for i in items], str(round(sum(items), 2)))
try:
    round(F(1, 2), 1.5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
