# cmath.asinh, acosh, atanh on ordinary, large and near-singular values.
import cmath

vals = [0, 0.5, -0.5, 1, -1, 2, -2, 1j, -1j, 0.5j, 1 + 1j, -1 - 1j, 0.3 - 0.7j,
        1e-10 - 1e-10j, 1e300 + 1e300j, -1e308 + 1j, 1e200j, complex(1.0, 1e-200),
        complex(1.0, -1e-160), complex(-1.0, 1e-170), 0.9999999999 + 0j, 1e160 + 1e160j,
        complex(1.0, 5e-324), 1e154 + 0j]
for v in vals:
    print(repr(v))
    for f in (cmath.asinh, cmath.acosh, cmath.atanh):
        try:
            print('   ', f.__name__, repr(f(v)))
        except Exception as e:
            print('   ', f.__name__, type(e).__name__ + ":", e)
for v in (0.25 + 0.5j, -0.7 + 0.1j, 2.0 - 0.9j):
    print(repr(cmath.sinh(cmath.asinh(v))), repr(cmath.cosh(cmath.acosh(v))), repr(cmath.tanh(cmath.atanh(v))))
