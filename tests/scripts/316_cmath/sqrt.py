# cmath.sqrt: ordinary values, negative reals, signed zeros, tiny and huge arguments.
import cmath

vals = [4, 2, -1, -4.0, 1j, -1j, 3 + 4j, 3 - 4j, -3 + 4j, -3 - 4j, 0.5 + 0.25j,
        complex(0.0, 0.0), complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0),
        complex(-4.0, 0.0), complex(-4.0, -0.0), complex(4.0, -0.0),
        complex(5e-324, 5e-324), complex(-5e-324, 1e-310), complex(1e-320, -0.0),
        complex(1e308, 1e308), complex(-1.7e308, 1e300), complex(1.7976931348623157e308, 0),
        complex(2.0 ** -1060, 2.0 ** -1070), 1e-200 + 1e-200j, 123456789.0 + 1j]
for v in vals:
    r = cmath.sqrt(v)
    print(repr(v), '->', repr(r))
for n in range(10):
    r = cmath.sqrt(-n)
    print(n, repr(r), repr(r * r))
print(repr(cmath.sqrt(True)), repr(cmath.sqrt(False)), repr(cmath.sqrt(10 ** 20)))
