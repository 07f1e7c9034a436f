# cmath.sin, cos, tan on ordinary values, signed zeros and large imaginary parts.
import cmath

vals = [0, 1, -1, 0.5, 1j, -1j, 1 + 1j, -2 + 0.5j, 3 - 4j, 1e-8 + 1e-8j, 100 + 0.1j,
        1.5707963267948966, 3.141592653589793, complex(0.0, -0.0), complex(-0.0, 0.0),
        2 + 20j, 2 - 20j, 0.3 + 400j, -0.3 - 800j, 1e10 + 1j]
for v in vals:
    print(repr(v))
    for f in (cmath.sin, cmath.cos, cmath.tan):
        try:
            print('   ', f.__name__, repr(f(v)))
        except Exception as e:
            print('   ', f.__name__, type(e).__name__ + ":", e)
for v in (1 + 711j, 1 - 711j, 0.0 + 712j, 1 + 720j):
    for f in (cmath.sin, cmath.cos, cmath.tan):
        try:
            print(f.__name__, repr(v), repr(f(v)))
        except Exception as e:
            print(f.__name__, repr(v), type(e).__name__ + ":", e)
