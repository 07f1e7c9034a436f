# Context objects: repr, attributes, copy, validation, named methods, predefined contexts
import decimal
from decimal import (Context, Decimal, getcontext, setcontext, BasicContext, ExtendedContext,
                     DefaultContext, ROUND_DOWN, ROUND_HALF_UP, Inexact, Overflow, InvalidOperation)
c = getcontext()
print(repr(c))
print(repr(BasicContext))
print(repr(ExtendedContext))
print(repr(DefaultContext))
d = Context(prec=5, rounding=ROUND_DOWN, Emin=-10, Emax=10, capitals=0, clamp=1,
            flags=[Inexact], traps=[Overflow])
print(d)
print(d.prec, d.rounding, d.Emin, d.Emax, d.capitals, d.clamp, d.Etiny(), d.Etop())
e = d.copy()
e.prec = 7
print(d.prec, e.prec, e.flags[Inexact])
e.clear_flags()
print(e)
e.clear_traps()
print(e)
print(d.add(Decimal('1.23456'), 1), d.subtract(10, Decimal('0.001')), d.multiply(3, Decimal('1.11111')))
print(d.divide(2, 3), d.sqrt(2), d.abs(Decimal(-5)), d.plus(Decimal('1.234567')), d.minus(Decimal(2)))
print(d.power(2, 10), d.quantize(Decimal('1.2'), Decimal('0.01')), d.create_decimal('3.14159265'))
print(d.create_decimal(1.1), d.create_decimal(), repr(d.create_decimal('nan')))
print(d.compare(1, 2), d.max(1, 2), d.min(1, 2), d.divide_int(7, 2), d.remainder(7, 2), d.divmod(7, 2))
for attr, val in [('prec', 0), ('prec', 'x'), ('Emin', 5), ('Emax', -1), ('rounding', 'nope'),
                  ('capitals', 2), ('clamp', -1)]:
    try:
        setattr(Context(), attr, val)
    except (ValueError, TypeError) as ex:
        print(attr, type(ex).__name__ + ":", ex)
try:
    Context().foo = 1
except AttributeError as ex:
    print("AttributeError:", ex)
setcontext(ExtendedContext)
print(getcontext().prec, Decimal(1) / 0, Decimal(0) / 0, Decimal(1) / 3)
setcontext(DefaultContext)
print(getcontext().prec, getcontext().flags[InvalidOperation])
print(getcontext().flags == {s: False for s in getcontext().flags.keys()})
