# __format__ with fill/align/sign/width/grouping/precision and types e f g %
from decimal import Decimal, localcontext, ROUND_DOWN
cases = [('1.5', '.3g'), ('1.50', '.1g'), ('1234.5', ',.2f'), ('1234.5', '010,.1f'), ('-0', 'f'),
         ('1E+3', ''), ('1E+3', 'g'), ('0.0000001', 'g'), ('1', 'e'), ('12.345', '.2e'), ('0.25', '%'),
         ('0.25', '.1%'), ('inf', '10'), ('nan', 'f'), ('123', '*^9'), ('1.5', '+'), ('-1.5', ' '),
         ('3.14159', '.2f'), ('3.14159', '>10.3f'), ('3.14159', '<10.1f'), ('-3.14159', '=+12.4f'),
         ('1234567.891', ',.2f'), ('0.000123', '.2e'), ('123456', '.3e'),
         ('123456', 'E'), ('0', '.3f'), ('0', 'e'), ('1.23456789E+20', 'f'), ('2.5', '.0f'),
         ('3.5', '.0f'), ('-0.001', '.2f'), ('-0.001', 'z.2f'), ('100', '.2%'), ('12.5', '08.2f'),
         ('1E-10', ''), ('123.456', 'G'), ('1.1', '.5f'), ('9.999', '.2f'), ('123', '.1g'),
         ('-1234.5678', ',.3f'), ('5', '^7'), ('42', '010'), ('1E+5', ',.0f')]
for s, spec in cases:
    print(repr(s), repr(spec), repr(format(Decimal(s), spec)))
print('{:>12,.2f}|{:.1e}|{}'.format(Decimal('98765.4321'), Decimal('0.00098'), Decimal('7.0')))
print(f"{Decimal('2.675'):.2f} {Decimal('-2.675'):.2f}")
with localcontext(rounding=ROUND_DOWN):
    print(format(Decimal('2.678'), '.2f'), format(Decimal('2.678'), '.2e'))
for spec in ['.2x', 'abc', '.f', '_.1f', '#.0f']:
    try:
        print(format(Decimal(1), spec))
    except ValueError as e:
        print("ValueError:", e)
