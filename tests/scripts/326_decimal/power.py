# ** with integer and non-integer exponents, exact cases, special operands
from decimal import Decimal, localcontext, InvalidOperation, Overflow
cases = [('2', '10'), ('2', '-3'), ('2.0', '-1'), ('10', '-2'), ('1.1', '2'), ('2.00', '2'),
         ('-2', '3'), ('-2', '-2'), ('3', '0'), ('0', '5'), ('0', '-1'), ('-0', '-3'), ('-0', '2'),
         ('4', '0.5'), ('2', '0.5'), ('10', '0.3'), ('1.5', '2.5'), ('7', '-0.25'), ('1', '0.5'),
         ('1.0', '3'), ('Infinity', '2'), ('Infinity', '-1'), ('-Infinity', '3'), ('0.5', 'Infinity'),
         ('2', 'Infinity'), ('2', '-Infinity'), ('1.0001', '10000'), ('3', '100'), ('0.9', '1000')]
for p in (28, 10, 4):
    with localcontext(prec=p):
        for a, b in cases:
            print(p, a, b, Decimal(a) ** Decimal(b))
print(Decimal(2) ** 64, 2 ** Decimal(3), Decimal('1.5') ** 2, Decimal(3).__pow__(4, 5))
for a, b in [('0', '0'), ('-2', '0.5'), ('Infinity', '0')]:
    try:
        print(a, b, Decimal(a) ** Decimal(b))
    except InvalidOperation as e:
        print(a, b, type(e).__name__ + ":", e)
try:
    Decimal(10) ** 1000000000
except Overflow as e:
    print(type(e).__name__ + ":", e)
with localcontext() as c:
    c.traps[Overflow] = False
    print(Decimal(10) ** 1000000000, Decimal(10) ** -1000000000, c.flags[Overflow])
