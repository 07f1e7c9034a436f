# Fraction construction from ints, Rationals and pairs: normalisation, signs, defaults, bools.
from fractions import Fraction as F
print(F(), F(5), F(10, -8), F(-10, -8), F(0, -5), F(6, 4).numerator, F(6, 4).denominator)
print(repr(F(3)), repr(F(-7, 14)), F(True), F(False, True), F(True, 2))
print(F(F(1, 7), 5), F(F(1, 7), F(2, 3)), F(3, F(3, 4)), F(F(5, 6)))
print(type(F(3).numerator).__name__, type(F(True).numerator).__name__)
print(F(2**100, 2**98), F(-(3**50), 3**48), F(12345678901234567890, 10))
print(F(0).as_integer_ratio(), F(-9, 6).as_integer_ratio())
for n, d in [(1, 0), (0, 0), (-5, 0), (F(1, 2), 0), (3, F(0))]:
    try:
        F(n, d)
    except ZeroDivisionError as e:
        print(type(e).__name__ + ":", e)
for args in [(1.5, 2), (1, 2.0), ("1", 2), (None,), ([1],), (1j,)]:
    try:
        F(*args)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
print(F(numerator=3, denominator=9))
try:
    F(1, 2, 3)
except TypeError as e:
    print(type(e).__name__)
