# multiplication and division: rounding at several precisions, ideal exponents, zeros
from decimal import Decimal, localcontext, DivisionByZero, InvalidOperation
pairs = [('1', '3'), ('2', '3'), ('1', '4'), ('1.00', '4'), ('100', '10'), ('1E+5', '1E+3'),
         ('12.5', '2.5'), ('-7', '8'), ('0', '5'), ('0.00', '-2'), ('1', '7'), ('123456789', '0.001'),
         ('2.5', '0.5'), ('5E-3', '2E+4'), ('10', '4.0'), ('1', '1024')]
for p in (28, 12, 6, 2):
    with localcontext(prec=p):
        for a, b in pairs:
            x, y = Decimal(a), Decimal(b)
            print(p, a, b, x * y, x / y)
print(Decimal(3) * 4, 4 * Decimal('0.25'), 1 / Decimal(8), Decimal('1.5') / 3)
for a, b in [('1', '0'), ('0', '0'), ('-5', '0'), ('-0', '0')]:
    try:
        print(Decimal(a) / Decimal(b))
    except (DivisionByZero, InvalidOperation) as e:
        print(a, b, type(e).__name__ + ":", e)
with localcontext() as c:
    c.traps[DivisionByZero] = False
    c.traps[InvalidOperation] = False
    print(Decimal(1) / 0, Decimal(-1) / 0, Decimal(0) / 0, c.flags[DivisionByZero], c.flags[InvalidOperation])
print(isinstance(DivisionByZero(), ZeroDivisionError))
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print("caught as ZeroDivisionError:", type(e).__name__)
