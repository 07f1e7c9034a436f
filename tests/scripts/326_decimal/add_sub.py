# addition/subtraction with rounding at several precisions, zero signs, mixing with int
from decimal import Decimal, getcontext, localcontext, ROUND_FLOOR, ROUND_DOWN, ROUND_UP
pairs = [('1.1', '2.2'), ('0.1', '0.2'), ('1E+30', '1'), ('123456789', '0.000000001'),
         ('-5', '5'), ('-0', '0'), ('-0', '-0'), ('1.00', '-1'), ('9.999999', '0.000001'),
         ('1E-40', '1'), ('123.456', '-123.455'), ('99999', '1')]
for p in (28, 9, 5, 3):
    with localcontext() as c:
        c.prec = p
        for a, b in pairs:
            x, y = Decimal(a), Decimal(b)
            print(p, a, b, x + y, x - y, -x + y)
for r in (ROUND_FLOOR, ROUND_DOWN, ROUND_UP):
    with localcontext(rounding=r, prec=4):
        print(r, Decimal('1') - Decimal('1'), Decimal('-0') + Decimal('0'),
              Decimal('1.23456') + 0, Decimal('-1.23456') - 0, Decimal('1E+10') + Decimal('1E-10'))
print(Decimal(5) + 3, 3 + Decimal(5), 10 - Decimal('0.5'), Decimal('0.5') - 10)
print(sum([Decimal('0.1')] * 10), sum(Decimal(i) / 7 for i in range(5)))
for bad in [1.5, 'x', None]:
    try:
        Decimal(1) + bad
    except TypeError as e:
        print("TypeError:", e)
try:
    1.5 - Decimal(1)
except TypeError as e:
    print("TypeError:", e)
print(getcontext().flags[__import__('decimal').Inexact])
