# to_integral_value/exact, int/float conversions, round/floor/ceil/trunc and their errors
import math
from decimal import Decimal, getcontext, Inexact, Rounded, ROUND_HALF_UP, ROUND_FLOOR
vals = ['2.5', '3.5', '-2.5', '-0.4', '7', '1E+3', '123.999', '-123.001', '0.0', '1E-20', '-1E-20']
for v in vals:
    d = Decimal(v)
    print(v, d.to_integral_value(), d.to_integral_exact(ROUND_HALF_UP), d.to_integral(ROUND_FLOOR),
          int(d), math.trunc(d), math.floor(d), math.ceil(d), round(d), round(d, 1), float(d))
getcontext().clear_flags()
Decimal('1.5').to_integral_value()
print(getcontext().flags[Inexact], getcontext().flags[Rounded])
Decimal('1.5').to_integral_exact()
print(getcontext().flags[Inexact], getcontext().flags[Rounded])
print(int(Decimal('12345678901234567890.9')), float(Decimal('0.1')), float(Decimal('-Infinity')))
print(float(Decimal('1E+400')), float(Decimal('NaN')), float(Decimal('-NaN')))
for v in ['NaN', 'Infinity', 'sNaN', '-Infinity']:
    for fn in (int, round, math.floor, math.ceil, float, lambda d: round(d, 2)):
        try:
            print(v, fn(Decimal(v)))
        except Exception as e:
            print(v, type(e).__name__ + ":", e)
print(complex(Decimal('1.5')), Decimal('2.5').real, Decimal('2.5').imag, Decimal(3).conjugate())
