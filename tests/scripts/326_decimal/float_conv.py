# exact float conversion, from_float, float() round trip and hashing of converted values
from decimal import Decimal
vals = [0.1, 0.2, 0.3, 1 / 3, 2.0 ** 0.5, 1e-300, 1.7976931348623157e308, 5e-324, -0.0, 123.456,
        2.0 ** 60, -1.25]
for f in vals:
    d = Decimal(f)
    print(repr(f), d.adjusted(), len(d.as_tuple().digits), str(d)[:40], float(d) == f, hash(d) == hash(f))
print(Decimal.from_float(0.5), Decimal.from_float(7), repr(Decimal.from_float(float('nan'))))
try:
    Decimal.from_float('1.5')
except TypeError as e:
    print("TypeError:", e)
print(Decimal(0.1) + Decimal('0.2'), Decimal(0.1) == Decimal('0.1'), Decimal('0.5') == 0.5)
print(float(Decimal('3.141592653589793238462643383')), float(Decimal('-1E-400')))
