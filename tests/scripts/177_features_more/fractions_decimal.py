# numbers: Fraction arithmetic and limit_denominator; Decimal contexts, quantize and rounding
from fractions import Fraction
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation
import math

f = Fraction(3, 4) + Fraction(1, 6)
print(f, f.numerator, f.denominator, float(f), Fraction("0.125"), Fraction(2.5))
print(Fraction(math.pi).limit_denominator(100), Fraction(7, 3) // 1, Fraction(7, 3) % 1, -Fraction(1, 3))
print(Fraction(1, 3) ** 2, Fraction(4, 9) ** Fraction(1, 2), round(Fraction(7, 2)), round(Fraction(5, 2)))
print(Fraction(1, 2) == 0.5, Fraction(1, 3) < 0.34, sum(Fraction(1, n) for n in range(1, 5)))
print(repr(Fraction(-6, 4)), Fraction(3, 1), int(Fraction(-7, 2)), math.floor(Fraction(-7, 2)))

print(Decimal("0.1") + Decimal("0.2"), Decimal(1) / Decimal(7))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("3.14159265") * 1)
print(getcontext().prec)
d = Decimal("2.675")
print(d.quantize(Decimal("0.01")), d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), d.quantize(Decimal("1"), rounding=ROUND_DOWN))
print(Decimal("1.50").normalize(), Decimal("100").normalize(), Decimal("-0.00"), Decimal("1e3") + 1)
print(Decimal(2).sqrt(), Decimal("10").ln().quantize(Decimal("0.0001")), Decimal("1.23E+5"))
print(Decimal("7.5") // 2, Decimal("-7.5") % 2, divmod(Decimal("7"), Decimal("3")), Decimal("1.1").as_tuple())
print(sorted([Decimal("1.1"), Decimal("0.9"), Decimal("1.10")]), Decimal("1.1") == Decimal("1.10"))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
print(Decimal("NaN").is_nan(), Decimal("Infinity") > 10**100, f"{Decimal('1234.5678'):,.2f}")
