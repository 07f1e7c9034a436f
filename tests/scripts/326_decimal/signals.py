# signal class hierarchy, flags and traps, trap messages listing trapped conditions
import decimal
from decimal import *
for cls in [DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
            DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
            Overflow, Underflow, FloatOperation]:
    print(repr(cls), [b.__name__ for b in cls.__mro__[1:-2]])
print(issubclass(FloatOperation, TypeError), issubclass(DivisionUndefined, ZeroDivisionError))
with localcontext() as c:
    c.traps[Inexact] = True
    c.traps[Rounded] = True
    for f in [lambda: Decimal(1) / 3, lambda: Decimal('1e999999') * 10, lambda: Decimal(0) / 0,
              lambda: Decimal('1.5').to_integral_exact(), lambda: Decimal('sNaN') + 1]:
        try:
            print(f())
        except DecimalException as e:
            print(type(e).__name__ + ":", e)
with localcontext() as c:
    c.traps = {s: False for s in c.traps.keys()}
    c.clear_flags()
    print(Decimal('1e999999') * 10, Decimal(1) / 0, Decimal('abc'), Decimal(1) / 3)
    print(c)
    print(sorted(s.__name__ for s, v in c.flags.items() if v))
with localcontext(traps=[Underflow, Clamped, Subnormal], Emin=-5, prec=3) as c:
    for s in ['1E-7', '1.234E-6', '0E-20']:
        try:
            print(+Decimal(s))
        except DecimalException as e:
            print(type(e).__name__ + ":", e)
with localcontext() as c:
    c.traps[FloatOperation] = True
    for f in [lambda: Decimal(1.5), lambda: Decimal(1) < 1.5, lambda: Decimal(1) == 1.0]:
        try:
            print(f())
        except FloatOperation as e:
            print(type(e).__name__ + ":", e)
try:
    Decimal('x')
except InvalidOperation as e:
    print(e.args, type(e.args[0][0]).__name__ if False else e.args[0][0].__name__)
