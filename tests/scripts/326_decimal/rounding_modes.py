# all eight rounding modes applied via plus(), quantize and division
from decimal import (Decimal, localcontext, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
                     ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)
modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
         ROUND_HALF_EVEN, ROUND_05UP]
vals = ['1.25', '1.35', '-1.25', '1.251', '-1.249', '2.5', '-2.5', '1.05', '1.0500001', '1.15',
        '0.04', '-0.06', '9.99', '-9.95']
for m in modes:
    with localcontext(prec=2, rounding=m):
        print(m, ' '.join(str(+Decimal(v)) for v in vals))
    print(m, ' '.join(str(Decimal(v).quantize(Decimal('0.1'), rounding=m)) for v in vals))
    with localcontext(prec=3, rounding=m):
        print(m, Decimal(1) / 3, Decimal(-2) / 3, Decimal(5) / 8000)
    print(m, Decimal('7.5').to_integral_value(m), Decimal('-7.5').to_integral_value(m))
