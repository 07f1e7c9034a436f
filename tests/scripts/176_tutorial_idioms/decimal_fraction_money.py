# docs tutorial ch.15 & decimal/fractions: float pitfalls, Decimal money rounding, Fraction arithmetic
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, getcontext, localcontext
from fractions import Fraction
import math
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), round(2.675, 2), sum([0.1] * 10))
print(.1 + .1 + .1 == .3, round(.1 + .1 + .1, 10) == round(.3, 10), (0.1).as_integer_ratio(), (0.25).hex())
print(format(0.1, '.17f'), repr(1/3), 3.14159.is_integer(), (2.0).is_integer(), math.fsum([0.1] * 10))
print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1) == Decimal("0.1"), Decimal("1.30") + Decimal("1.20"))
price = Decimal("19.99"); qty = 3; tax = Decimal("0.0825")
subtotal = price * qty
total = (subtotal * (1 + tax)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, total, f"${total:,.2f}", str(total), repr(total))
print(Decimal("2.675").quantize(Decimal("0.01"), ROUND_HALF_UP), Decimal("2.665").quantize(Decimal("0.01"), ROUND_HALF_EVEN))
print(Decimal(1) / Decimal(7), getcontext().prec)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal(2).sqrt())
print(Decimal("10").sqrt() if False else Decimal("3.000").normalize(), Decimal("-7.5").copy_abs(), Decimal("1E+2") + 0)
print(sum(Decimal("0.1") for _ in range(10)), Decimal("7") % Decimal("3"), Decimal("-7") // Decimal("2"), max(Decimal("1.5"), Decimal("1.50")))
f = Fraction(3, 4) + Fraction(1, 6)
print(f, f.numerator, f.denominator, float(f), Fraction("0.125"), Fraction(0.5), Fraction(1, 3) * 3 == 1)
print(Fraction(16, -10), Fraction(1, 3) ** 2, Fraction(7, 2) // 1, round(Fraction(7, 2)), Fraction(22, 7).limit_denominator(5))
print(sorted([Fraction(1, 2), Fraction(1, 3), 0.4, Decimal("0.45") if False else 0.45]), Fraction(1, 10) == 0.1)
split = [Fraction(1, 3)] * 3
print(sum(split), sum(split) == 1, sum([1/3] * 3) == 1.0)
def split_bill(amount, people):
    each = (Decimal(amount) / people).quantize(Decimal("0.01"))
    shares = [each] * people
    shares[0] += Decimal(amount) - sum(shares)
    return shares
print(split_bill("100.00", 3), sum(split_bill("100.00", 3)))
try:
    print(Decimal("1.1") + 2.2)
except Exception as e:
    print(type(e).__name__ + ':', e)
