# quantize for money: cents with ROUND_HALF_UP, errors when exceeding precision
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, localcontext, InvalidOperation, Inexact
CENT = Decimal('0.01')
for s in ['1.005', '2.675', '0.125', '-0.125', '19.999', '3', '1E+2', '0.0049', '-0.005']:
    d = Decimal(s)
    print(s, d.quantize(CENT, ROUND_HALF_UP), d.quantize(CENT), d.quantize(CENT, rounding=ROUND_DOWN),
          d.quantize(Decimal('1')), d.quantize(Decimal('1E+1')))
print(Decimal('7.325').quantize(Decimal('.01'), rounding=ROUND_DOWN))
print(Decimal('1.41421356').quantize(Decimal('1.000')))
with localcontext(prec=5):
    try:
        print(Decimal('123456.7').quantize(CENT))
    except InvalidOperation as e:
        print(type(e).__name__ + ":", e)
for a, b in [('inf', '1'), ('1', 'inf'), ('inf', '-inf'), ('nan', '1')]:
    try:
        print(a, b, Decimal(a).quantize(Decimal(b)))
    except InvalidOperation as e:
        print(a, b, type(e).__name__ + ":", e)
with localcontext() as c:
    c.traps[Inexact] = True
    try:
        Decimal('1.234').quantize(CENT)
    except Inexact as e:
        print(type(e).__name__ + ":", e)
    print(Decimal('1.230').quantize(CENT), c.flags[Inexact])
prices = [Decimal('19.99'), Decimal('5.49'), Decimal('0.99')]
qty = [3, 2, 7]
total = sum(p * q for p, q in zip(prices, qty))
split = (total / 3).quantize(CENT, ROUND_HALF_UP)
print(total, split, split * 3 - total)
print(round(Decimal('2.675'), 2), round(Decimal('2.5')), round(Decimal('3.5')), round(Decimal('-0.5')),
      round(Decimal('123.456'), -1), type(round(Decimal('1.5'))).__name__)
