# Branch cuts: the sign of a zero imaginary/real part selects the side of the cut.
import cmath

cuts = {
    'sqrt': [-2.0, -0.5], 'log': [-2.0, -0.5, -1e-300], 'log10': [-10.0],
    'acos': [-3.0, 1.5, 2.0], 'asin': [-3.0, 1.5], 'acosh': [0.5, -0.5, -2.0],
    'atanh': [-3.0, 1.5, 5.0],
}
for name, xs in cuts.items():
    f = getattr(cmath, name)
    for x in xs:
        for im in (0.0, -0.0):
            z = complex(x, im)
            print(name, repr(z), repr(f(z)))
# cuts along the imaginary axis
for name in ('asinh', 'atan'):
    f = getattr(cmath, name)
    for y in (-3.0, 1.5, 2.0, -1.25):
        for re in (0.0, -0.0):
            z = complex(re, y)
            print(name, repr(z), repr(f(z)))
# zeros of every sign through every function
for name in ('sqrt', 'exp', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'asin', 'acos',
             'atan', 'asinh', 'acosh', 'atanh'):
    f = getattr(cmath, name)
    print(name, ' '.join(repr(f(complex(a, b))) for a in (0.0, -0.0) for b in (0.0, -0.0)))
print(repr(cmath.phase(complex(-1.0, 0.0))), repr(cmath.phase(complex(-1.0, -0.0))))
print(repr(cmath.phase(complex(-0.0, 0.0))), repr(cmath.phase(complex(-0.0, -0.0))))
