# overflow/underflow/subnormal/clamped handling with small Emin/Emax and clamp
from decimal import (Decimal, Context, Overflow, Underflow, Subnormal, Clamped, Inexact, Rounded,
                     ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_05UP)
def names(c):
    return [s.__name__ for s, v in c.flags.items() if v]
for r in (ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP):
    c = Context(prec=3, Emin=-5, Emax=5, rounding=r, traps=[])
    for v in ['999999', '-999999', '9.995E+5', '1E-7', '1.234E-6', '-5E-9', '1.5E-8', '0E-20', '0E+20',
              '9.99E+5', '1.23E-5', '12345E-9']:
        res = c.create_decimal(v)
        print(r, v, res, names(c))
        c.clear_flags()
c = Context(prec=3, Emin=-5, Emax=5, clamp=1, traps=[])
for v in ['1E+5', '1.2E+5', '1E+3', '0E+9']:
    print(v, c.create_decimal(v), names(c))
    c.clear_flags()
c = Context(prec=3, Emin=-5, Emax=5)
for f in [lambda: c.multiply(Decimal('1E+5'), 100), lambda: c.divide(Decimal(1), Decimal('1E-8'))]:
    try:
        print(f())
    except Overflow as e:
        print(type(e).__name__ + ":", e)
print(c.multiply(Decimal('1E-5'), Decimal('1E-3')), names(c))
c.traps[Underflow] = True
try:
    c.divide(Decimal(1), Decimal('3E+6'))
except Underflow as e:
    print(type(e).__name__ + ":", e, isinstance(e, Subnormal), isinstance(e, Inexact))
print(c.Etiny(), c.Etop(), c.create_decimal('1E-7').is_subnormal(c), Decimal('1E-7').is_subnormal(c))
