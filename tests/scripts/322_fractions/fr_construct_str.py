# Fraction from strings: '/' form, decimals, exponents, underscores, whitespace, and rejected literals.
from fractions import Fraction as F
good = ['3/4', ' -1.5e3 ', '1_000/3', '314', '-35/4', '3.1415', '-47e-2', '.5', '1.', '+7', '1E2', '2.5E-3',
        '  12/16\n', '1_0.0_1', '0.000', '-0', '1e+3', '007/0014', '\t9\t']
for s in good:
    f = F(s)
    print(repr(s), repr(f), str(f))
bad = ['', ' ', 'x', '1/', '/2', '1/-2', '1/+2', '1 /2', '1.5/2', '1__0', '_1', '1_', 'inf', 'nan', '1e',
       '1.5e2.0', '--1', '3/4/5', '1/2e3', '0x10', '١٢']
for s in bad:
    try:
        print(F(s))
    except ValueError as e:
        print(type(e).__name__ + ":", e)
try:
    F('1/0')
except ZeroDivisionError as e:
    print(type(e).__name__ + ":", e)
try:
    F('5', 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(F('2/4') == F(1, 2), F('1.25') + F('0.75'))
# quirks kept from CPython 3.11.2: a literal 'd' after the point reaches int(); Unicode digits/spaces accepted
for s in ['1.d', '2.dd', '1.e5', '3.E-2', '\u0661/\u0663', '1\u00a0', '\u2003-4.5']:
    try:
        print(repr(F(s)))
    except ValueError as e:
        print(type(e).__name__ + ":", e)
