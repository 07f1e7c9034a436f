# comparing ints, floats, Fractions, Decimals and bools, including huge ints vs floats and chained comparisons
from fractions import Fraction
from decimal import Decimal
print(1 == 1.0 == Fraction(1) == Decimal(1) == True, 0.1 == Fraction(1, 10), Decimal("0.1") == 0.1, Fraction(1, 2) == 0.5)
big = 2**53 + 1
print(big == float(big), big > float(big), 10**400 > float("inf"), -10**400 < -1e308, 10**400 > 1e308)
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 1 == 1 != 2, 0 <= 0.0 < 1e-300, Fraction(1, 3) < 0.34 < Decimal("0.35"))
print(sorted([3, 2.5, Fraction(5, 2), True, -1, Decimal("2.4")]), max(1, 1.0), max(1.0, 1), min(2, Fraction(4, 2)))
print(hash(2) == hash(2.0) == hash(Fraction(2)) == hash(Decimal(2)), {2: "int", 2.0: "float"}, {1.0, 1, True})
for a, b in [(1, "1"), (None, 0), ([1], (1,))]:
    print(a == b, end=" ")
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
