# str() scientific rules, to_eng_string, as_tuple and as_integer_ratio
from decimal import Decimal, getcontext
vals = ['123', '-123', '1.23E+3', '123E+3', '12.3E-5', '-1.23E-10', '0.00E+3', '0E+2', '0E-7',
        '5E-7', '0.000005', '1234567E-20', '1E+100', '-0', '0.0', 'Infinity', '-NaN7', 'sNaN']
for s in vals:
    d = Decimal(s)
    print(s, '|', str(d), '|', d.to_eng_string(), '|', d.as_tuple(), '|', d.adjusted())
for s in ['1.25', '-0.75', '100', '0', '3E+2', '1.000']:
    print(s, Decimal(s).as_integer_ratio())
for s in ['Infinity', 'NaN']:
    try:
        Decimal(s).as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
t = Decimal('-3.140').as_tuple()
print(t.sign, t.digits, t.exponent, type(t).__name__)
getcontext().capitals = 0
print(str(Decimal('1E+10')), repr(Decimal('-2.5e-9')))
getcontext().capitals = 1
print(getcontext().to_sci_string(Decimal('123E+3')), getcontext().to_eng_string(Decimal('0.000012')))
