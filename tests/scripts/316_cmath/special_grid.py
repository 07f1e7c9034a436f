# Every function on the 7x7 grid of special classes (-inf, neg, -0, +0, pos, +inf, nan).
import cmath

INF = float('inf')
NAN = float('nan')
cls = [-INF, -2.3, -0.0, 0.0, 2.3, INF, NAN]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh',
         'asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh']
for name in names:
    f = getattr(cmath, name)
    print('==', name)
    for x in cls:
        row = []
        for y in cls:
            try:
                row.append(repr(f(complex(x, y))))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__[:5])
        print(repr(x), ' '.join(row))
print('== rect')
for x in cls:
    row = []
    for y in cls:
        try:
            row.append(repr(cmath.rect(x, y)))
        except ValueError as e:
            row.append('Value')
    print(repr(x), ' '.join(row))
print('== polar')
for x in cls:
    print(repr(x), ' '.join(repr(cmath.polar(complex(x, y))) for y in cls))
