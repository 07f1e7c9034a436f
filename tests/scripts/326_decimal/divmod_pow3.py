# builtin divmod() and three-argument pow() dispatch to Decimal.__divmod__/__pow__
from decimal import Decimal, InvalidOperation, DivisionByZero
print(divmod(Decimal(7), 2), divmod(-7, Decimal(2)), divmod(Decimal('7.5'), Decimal('2')))
print(pow(Decimal(3), 4, 5), pow(Decimal(-7), 3, 10), pow(Decimal(2), 10))
try:
    divmod(Decimal(1), 0)
except (InvalidOperation, DivisionByZero) as e:
    print(type(e).__name__ + ":", e)
try:
    pow(Decimal('1.5'), 2, 7)
except InvalidOperation as e:
    print(type(e).__name__ + ":", e)
