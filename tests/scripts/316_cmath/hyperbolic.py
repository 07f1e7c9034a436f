# cmath.sinh, cosh, tanh including arguments where cosh(x) alone would overflow.
import cmath

vals = [0, 1, -1, 0.5j, 1 + 1j, -2 - 3j, 20 + 0.5j, -20 + 0.5j, 1e-9 - 1e-9j,
        complex(-0.0, -0.0), complex(0.0, -0.0), 709.5 + 0.1j, -709.5 - 0.1j,
        710 + 1j, -710 + 2j, 800 + 1j, 355 + 1e-5j, 0.1 + 1.5707963267948966j]
for v in vals:
    for f in (cmath.sinh, cmath.cosh, cmath.tanh):
        try:
            print(f.__name__, repr(v), repr(f(v)))
        except Exception as e:
            print(f.__name__, repr(v), type(e).__name__ + ":", e)
print(repr(cmath.tanh(1e300 + 1j)), repr(cmath.tanh(-1e300 - 1j)))
print(repr(cmath.tanh(400 + 3j)), repr(cmath.tanh(20 + 1e-300j)))
