# //, % and divmod for Fractions with ints, Fractions and floats, including signs and zero divisors.
from fractions import Fraction as F
pairs = [(F(7, 2), F(2, 3)), (F(-7, 2), F(2, 3)), (F(7, 2), F(-2, 3)), (F(-7, 2), F(-2, 3)), (F(5), 2), (7, F(3, 2))]
for a, b in pairs:
    print(a, b, "|", repr(a // b), repr(a % b), divmod(a, b), a == (a // b) * b + a % b)
print(repr(F(7, 2) // 1.5), repr(F(7, 2) % 1.5), divmod(F(7, 2), 1.5), repr(2.5 // F(2, 3)), repr(2.5 % F(2, 3)))
print(repr(divmod(2.5, F(2, 3))), repr(F(-1, 3) % 1.0), type(F(9, 2) // 2).__name__)
print(F(10**20 + 1, 7) // F(1, 10**10), F(10**20 + 1, 7) % F(1, 10**10))
for expr in ["F(1, 2) // 0", "F(1, 2) % 0", "divmod(F(1, 2), F(0))", "3 // F(0)", "3 % F(0)", "F(1) // 0.0",
             "F(1) % 0.0"]:
    try:
        print(eval(expr))
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__ + ":", e)
# clock arithmetic with exact minutes
t = F(0)
for step in [F(95, 2), F(1000, 3), F(2, 7)]:
    t += step
    hours, minutes = divmod(t, 60)
    print(hours, minutes, float(minutes))
