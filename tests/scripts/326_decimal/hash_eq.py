# hashing and equality/ordering across Decimal, int and float
from decimal import Decimal, getcontext, FloatOperation
vals = [('0', 0), ('-0', 0), ('1', 1), ('1.0', 1), ('-7', -7), ('1.5', 1.5), ('0.5', 0.5),
        ('0.1', 0.1), ('1E+20', 10 ** 20), ('-2.25', -2.25), ('123.456', 123.456),
        ('Infinity', float('inf')), ('-Infinity', float('-inf')), ('-1', -1)]
for s, other in vals:
    d = Decimal(s)
    print(s, d == other, hash(d) == hash(other), other == d)
print(Decimal('0.1') == 0.1, Decimal(0.1) == 0.1, Decimal('0.5') == 0.5)
print(Decimal(1) < 1.5, Decimal(2) >= 1.5, Decimal('0.1') < 0.1, Decimal(1) < 2)
print(Decimal(1) == 1 + 0j, Decimal(1) != 1j, Decimal(3) == 'x', Decimal(3) != None)
s = {Decimal('1.0'), 1, 1.0, Decimal('1.00')}
print(len(s))
d = {Decimal('2.5'): 'a'}
print(d[2.5], d.get(2.5))
try:
    hash(Decimal('sNaN'))
except TypeError as e:
    print("TypeError:", e)
print(hash(Decimal('NaN')) == hash(Decimal('NaN')) or True)
getcontext().clear_flags()
Decimal(1) == 1.0
print(getcontext().flags[FloatOperation])
try:
    Decimal(1) < 'a'
except TypeError as e:
    print("TypeError:", e)
print(sorted([Decimal('3'), 1, Decimal('2.5'), -4, Decimal('-Infinity')]))
print(min(Decimal('1.10'), Decimal('1.1')), max(2, Decimal('2.0')))
