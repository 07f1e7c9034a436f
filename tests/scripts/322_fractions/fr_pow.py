# Fraction powers: integral exponents stay exact, fractional ones give float/complex, reverse pow rules.
from fractions import Fraction as F
a = F(2, 3)
for e in [0, 1, 2, 5, -1, -3, F(2), F(-2), True]:
    print(repr(e), repr(a ** e), repr(F(-2, 3) ** e))
print(repr(F(4) ** F(1, 2)), repr(F(9, 4) ** 0.5), repr(F(-8) ** F(1, 3)), repr(F(1, 4) ** 1j))
print(repr(2 ** F(3)), repr(2 ** F(-2)), repr(2 ** F(1, 2)), repr(2.0 ** F(2)), repr(F(1, 2) ** F(3)))
print(repr(4 ** F(3, 2)), repr((-4) ** F(1, 2)), repr(1j ** F(2)), repr(1.5 ** F(-1)))
print(repr(F(3, 1) ** 40), repr(F(-1, 2) ** -5), repr(pow(F(5, 7), 3)), repr(F(0) ** 0))
for expr in ["F(0) ** -1", "F(0) ** -2", "0 ** F(-1)", "F(0) ** F(-1, 2)"]:
    try:
        print(expr, eval(expr))
    except (ZeroDivisionError, TypeError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
print(type(2 ** F(3)).__name__, type(F(2) ** 3).__name__, type(2 ** F(-1)).__name__)
# compound interest, exactly: 5% for 10 years
rate = F(105, 100)
print(1000 * rate ** 10, round(float(1000 * rate ** 10), 2))
