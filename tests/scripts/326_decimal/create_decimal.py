# Context.create_decimal rounding, create_decimal_from_float, NaN payload limits
from decimal import Context, Decimal, ROUND_DOWN, ROUND_HALF_UP, InvalidOperation, FloatOperation
c = Context(prec=5, rounding=ROUND_HALF_UP)
for v in ['3.14159265', '123456789', '-0.000012345678', '1E+10', 'NaN123', 'sNaN', 42,
          10 ** 20, Decimal('2.718281828'), (0, (1, 2, 3, 4, 5, 6), -3)]:
    print(repr(v), repr(c.create_decimal(v)))
print(c.create_decimal_from_float(0.1), c.create_decimal_from_float(-1.5), c.create_decimal(0.25))
print(c.flags[FloatOperation])
for v in ['NaN123456', 'bad', '1.2.3', '  7.5  ', '7.5 ']:
    try:
        print(c.create_decimal(v))
    except InvalidOperation as e:
        print(repr(v), type(e).__name__ + ":", e)
c.traps[FloatOperation] = True
try:
    c.create_decimal(1.5)
except FloatOperation as e:
    print(type(e).__name__ + ":", e)
print(c.create_decimal_from_float(1.5))
d = Context(prec=3, rounding=ROUND_DOWN, traps=[])
print(d.create_decimal('9.9999'), d.create_decimal('abc'), d.flags[InvalidOperation])
print(Decimal('3.14159265') + 0, c.plus(Decimal('3.14159265')), Decimal('3.14159265'))
