# cmath.exp, log (with and without base) and log10 on ordinary values.
import cmath

vals = [1, 2.5, -1, 1j, -1j, 1 + 1j, -2 - 3j, 0.5 - 0.5j, 10 + 100j, -700 + 1j,
        709.5 + 0.5j, 1e-10 + 1e-10j, 0.9999999 + 0.001j, 1.0 + 1e-17j, 0.71 + 0j, 1.73j]
for v in vals:
    print(repr(v), repr(cmath.exp(v)), repr(cmath.log(v)), repr(cmath.log10(v)))
for v, b in [(8, 2), (100, 10), (1j, 1j), (-8, 2), (1 + 1j, 1 - 1j), (1000, 10.0),
             (2, -1), (0.5, 0.25), (3 + 4j, 5), (1e300, 1e-300), (2, 0.5 + 0.5j),
             (complex(-1, -0.0), 3), (7, True + 1)]:
    print(repr(v), repr(b), repr(cmath.log(v, b)))
print(repr(cmath.log(0, 2)), repr(cmath.log(0.0, 1e-300)))
print(repr(cmath.log(10 ** 300)), repr(cmath.log10(10 ** 300)), repr(cmath.log10(-10)))
print(repr(cmath.log(2 ** -1074)), repr(cmath.log(complex(1e-320, 1e-320))))
print(repr(cmath.log(complex(1.5e308, 1.5e308))), repr(cmath.log10(complex(-1e308, -1e308))))
