# Exact Fraction arithmetic with Fractions, ints and bools; unary operators; results are normalised.
from fractions import Fraction as F
a, b = F(3, 4), F(-5, 6)
print(a + b, a - b, a * b, a / b, b / a, -a, +b, abs(b), a + 1, 1 + a, 2 - a, a * 4, 4 * a, a / 3, 3 / a)
print(a + True, True / a, F(1, 6) + F(1, 3), F(1, 6) * 6, F(2, 3) - F(2, 3), type(F(2, 3) - F(2, 3)).__name__)
print(repr(F(1, 2) + F(1, 2)), repr(F(1, 10) * F(10)), repr(-F(0)))
big = F(10**30 + 1, 3**40)
print(big * big - big, (big + 1) / (big - 1))
total = F(0)
for k in range(1, 21):
    total += F(1, k * (k + 1))
print(total, sum(F(1, 2**k) for k in range(1, 31)))
h = sum(F(1, k) for k in range(1, 31))
print(h, h.numerator % 1000, float(h))
x = F(1, 3)
x += 1; x *= F(3, 2); x -= F(1, 4); x /= 5
print(x, repr(x))
for op in ["+", "-", "*", "/"]:
    print(op, eval("F(7, 3) %s F(2, 9)" % op), eval("F(7, 3) %s 5" % op), eval("5 %s F(7, 3)" % op))
for expr in ["F(1, 2) / 0", "F(1, 2) / F(0)", "0 / F(0)", "F(-6, 5) / 0", "F(0) / F(0, 3)"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, type(e).__name__ + ":", e)
