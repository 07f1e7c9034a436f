# Decimal construction from str/int/float/tuple/Decimal and repr/str round trips
from decimal import Decimal, InvalidOperation
for s in ['1.5e-3', ' -0.00 ', 'Inf', '-Infinity', 'nan', 'sNaN123', '1_000.5', '0', '-0',
          '123.456', '1E+10', '1e-10', '0.000001', '0.0000001', '100', '1.00', '-5E-7',
          '12345678901234567890.123456789', '+Inf', 'NaN0012', '-sNaN', '.5', '5.', '1E-0',
          '0E+5', '0.00E-3', '1_2_3', '__1', '1e1_0']:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.is_nan() or Decimal(str(d)) == d)
for s in ['abc', '', '.', 'e5', '1e', '1.2.3', 'infinit', 'nanx', '1e+', '--1', '1 2']:
    try:
        print(repr(Decimal(s)))
    except InvalidOperation as e:
        print(repr(s), type(e).__name__ + ":", e)
for v in [0, -0, 7, -123456789012345678901234567890, True, 10**40]:
    print(repr(Decimal(v)))
for f in [0.1, -2.5, 1e100, 0.0, -0.0, 1.5e-10, float('inf'), float('-inf'), float('nan')]:
    print(repr(Decimal(f)), repr(Decimal.from_float(f)))
for t in [(0, (1, 2), -1), (1, (), 'F'), (0, (1,), 'n'), (1, (4, 2), 'N'), [1, [3], 2], (0, (), 0),
          (2, (1,), 0), (0, (10,), 0), (0, (1,), 1.5), (0, (1, 2))]:
    try:
        print(t, repr(Decimal(t)))
    except ValueError as e:
        print(t, type(e).__name__ + ":", e)
for v in [1.5j, None, b'1', [1, 2]]:
    try:
        print(repr(Decimal(v)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
d = Decimal('3.14')
print(Decimal(d) is d or Decimal(d) == d, repr(Decimal()))
class MyDec(Decimal):
    pass
m = MyDec('2.5')
print(type(m).__name__, m + 1, type(m + 1).__name__)
