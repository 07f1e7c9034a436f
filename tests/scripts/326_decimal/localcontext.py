# localcontext as context manager, keyword overrides, restoration and nesting
from decimal import Decimal, getcontext, localcontext, Context, ROUND_DOWN, ROUND_UP, Inexact
print(getcontext().prec)
with localcontext() as c:
    c.prec = 5
    print(Decimal(1) / 7, getcontext() is c)
    with localcontext(prec=3, rounding=ROUND_UP) as c2:
        print(Decimal(1) / 7, c2.prec, c2.rounding)
    print(Decimal(1) / 7)
print(Decimal(1) / 7, getcontext().prec)
with localcontext(Context(prec=4, rounding=ROUND_DOWN)) as c:
    print(Decimal(2) / 3, c.rounding)
try:
    with localcontext(prec=2):
        print(Decimal('1.55') + 0)
        raise KeyError('boom')
except KeyError as e:
    print("KeyError:", e, getcontext().prec)
try:
    localcontext(precision=5)
except TypeError as e:
    print("TypeError:", e)
try:
    with localcontext(prec=-1):
        pass
except ValueError as e:
    print("ValueError:", e)
getcontext().clear_flags()
with localcontext() as c:
    Decimal(1) / 3
    print(c.flags[Inexact], getcontext().flags[Inexact])
print(getcontext().flags[Inexact])
with localcontext(traps=[Inexact]) as c:
    try:
        Decimal(2) / 3
    except Inexact as e:
        print("Inexact:", e)
