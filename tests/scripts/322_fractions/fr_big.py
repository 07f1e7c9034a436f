# Large Fractions: huge numerators/denominators, float conversion rounding, sums of many terms.
import math
from fractions import Fraction as F
f = F(3**200, 2**300)
print(f.numerator % 10**9, f.denominator.bit_length(), float(f), repr(math.floor(f)))
print(float(F(1, 3)), float(F(2**53 + 1)), float(F(2**53 + 1, 2)), float(F(-1, 2**1074)), float(F(1, 2**1076)))
print(float(F(10**309, 10**10)), float(F(7, 10**330)), F(2**1023) * 2 < F(10**309))
fact = F(math.factorial(60), math.factorial(58) * 3540)
print(fact, F(math.factorial(30)) / math.factorial(28))
s = sum(F(1, k * k) for k in range(1, 201))
print(len(str(s.numerator)), len(str(s.denominator)), float(s), s.limit_denominator(1000))
big = F("123456789012345678901234567890.000000000000000000001")
print(repr(big.denominator), big.numerator % 1000, round(big), float(big))
print(F(10**50 + 3, 10**50) - 1, F(1, 10**50) * 10**50, hash(F(10**50, 3)) == hash(F(10**50, 3)))
