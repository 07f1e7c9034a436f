# sqrt at several precisions: exact results, ideal exponents, negatives, specials
from decimal import Decimal, localcontext, InvalidOperation, ROUND_UP, ROUND_DOWN
vals = ['2', '4', '0.25', '1.00', '100', '1E+3', '1E-3', '0', '-0', '0E-5', '0.0001', '123456789',
        '9.99999999', '1E-100', '2E+100', 'Infinity', '0.5', '16.0000', '81E-4', '3']
for p in (28, 9, 3, 1):
    with localcontext(prec=p):
        print(p, ' '.join(str(Decimal(v).sqrt()) for v in vals))
with localcontext(prec=5, rounding=ROUND_UP):
    print(Decimal(2).sqrt(), Decimal(3).sqrt())
with localcontext(prec=5, rounding=ROUND_DOWN):
    print(Decimal(2).sqrt(), Decimal(10).sqrt())
for v in ['-1', '-Infinity', 'sNaN']:
    try:
        print(Decimal(v).sqrt())
    except InvalidOperation as e:
        print(v, type(e).__name__ + ":", e)
print(Decimal('NaN').sqrt())
with localcontext(prec=50):
    r = Decimal(2).sqrt()
    print(r, r * r)
