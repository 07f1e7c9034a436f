# exp, ln, log10 correctly rounded at several precisions; exact and special cases
from decimal import Decimal, localcontext, InvalidOperation, ROUND_DOWN, ROUND_UP
vals = ['1', '2', '0.5', '10', '-1', '0.001', '123.456', '1E-10', '-20', '7', '1.0000001', '0.9999']
for p in (28, 16, 9, 5, 2):
    with localcontext(prec=p):
        for v in vals:
            d = Decimal(v)
            out = [str(d.exp())]
            if d > 0:
                out += [str(d.ln()), str(d.log10())]
            print(p, v, ' '.join(out))
print(Decimal(0).exp(), Decimal('-0').exp(), Decimal('Infinity').exp(), Decimal('-Infinity').exp())
print(repr(Decimal(1).ln()), repr(Decimal('1.00').ln()), repr(Decimal(100).log10()),
      repr(Decimal('0.001').log10()), repr(Decimal('10.0').log10()), repr(Decimal(1).log10()))
print(Decimal(0).ln(), Decimal(0).log10(), Decimal('Infinity').ln(), Decimal('NaN').exp())
for v in ['-1', '-Infinity']:
    try:
        print(Decimal(v).ln())
    except InvalidOperation as e:
        print(v, type(e).__name__ + ":", e)
with localcontext(prec=5, rounding=ROUND_DOWN):
    print(Decimal(3).exp(), Decimal(7).ln(), Decimal(7).log10())
with localcontext(prec=5, rounding=ROUND_UP):
    print(Decimal(3).exp(), Decimal(2).ln(), Decimal(3).log10())
with localcontext(prec=60):
    print(Decimal(1).exp())
    print(Decimal(2).ln())
    print(Decimal(10).ln())
print(Decimal('1e-30').exp(), Decimal('-1e-30').exp(), Decimal('1E+5').ln(), Decimal('1E-50').log10())
print(Decimal('1000').exp(), Decimal('-1000').exp())
