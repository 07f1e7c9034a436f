# Very large and subnormal arguments, where naive formulas would overflow or lose precision.
import cmath

big = [1.7976931348623157e308, -1.7976931348623157e308, 1e308, 4.5e307, 1e200]
tiny = [5e-324, -5e-324, 2.2250738585072014e-308, 1e-310, 1e-200]
names = ['sqrt', 'log', 'log10', 'asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh']
for name in names:
    f = getattr(cmath, name)
    for x in big + tiny:
        for y in (x, -x / 3, 0.5):
            z = complex(x, y)
            try:
                print(name, repr(z), repr(f(z)))
            except Exception as e:
                print(name, repr(z), type(e).__name__ + ":", e)
for name in ('exp', 'sinh', 'cosh', 'tanh'):
    f = getattr(cmath, name)
    for x in (708.0, 709.7, 709.8, 710.5, -745.2, -709.9):
        try:
            print(name, x, repr(f(complex(x, 0.3))))
        except Exception as e:
            print(name, x, type(e).__name__ + ":", e)
