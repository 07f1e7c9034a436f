# cmath.asin, acos, atan on ordinary, large and near-singular values.
import cmath

vals = [0, 0.5, -0.5, 1, -1, 2, -2, 1j, -1j, 2j, 1 + 1j, -1 - 1j, 0.3 - 0.7j, 5 + 0.0j,
        1e-10 + 1e-10j, 1e300 + 1e300j, -1e308 + 1j, 1e200j, 1 + 1e-300j,
        complex(1e-320, 1.0), 1.0000001 + 0j, 1e170 + 1e170j, 1e155 + 1e-5j]
for v in vals:
    print(repr(v))
    for f in (cmath.asin, cmath.acos, cmath.atan):
        try:
            print('   ', f.__name__, repr(f(v)))
        except Exception as e:
            print('   ', f.__name__, type(e).__name__ + ":", e)
# round trips
for v in (0.25 + 0.5j, -0.7 + 0.1j, 0.1 - 0.9j):
    print(repr(cmath.sin(cmath.asin(v))), repr(cmath.cos(cmath.acos(v))), repr(cmath.tan(cmath.atan(v))))
