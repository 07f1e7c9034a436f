# unary minus, plus, abs with context rounding and signed zeros
from decimal import Decimal, localcontext, ROUND_FLOOR, ROUND_CEILING
vals = ['1.23456789', '-0', '0', '-0.00', '5', '-1E+10', '9.9999', 'Infinity', '-NaN', '0E-3']
for p in (28, 3):
    with localcontext(prec=p):
        for v in vals:
            d = Decimal(v)
            print(p, v, -d, +d, abs(d), d.copy_abs(), d.copy_negate())
for r in (ROUND_FLOOR, ROUND_CEILING):
    with localcontext(rounding=r, prec=2):
        print(r, -Decimal(0), +Decimal('-0'), -Decimal('-0'), +Decimal('1.55'), -Decimal('1.55'), abs(Decimal('-1.55')))
print(repr(-Decimal('0')), repr(+Decimal('-0')), repr(abs(Decimal('-0'))))
