# Identities checked with isclose, plus exact reprs of composed results.
import cmath

zs = [0.3 + 0.4j, -1.2 + 0.7j, 2 - 3j, -0.5 - 0.5j, 1e-5 + 2j, 4 + 0.001j]
for z in zs:
    checks = [
        cmath.isclose(cmath.exp(cmath.log(z)), z),
        cmath.isclose(cmath.sqrt(z) ** 2, z),
        cmath.isclose(cmath.sin(z) ** 2 + cmath.cos(z) ** 2, 1),
        cmath.isclose(cmath.cosh(z) ** 2 - cmath.sinh(z) ** 2, 1, abs_tol=1e-9),
        cmath.isclose(cmath.tan(z), cmath.sin(z) / cmath.cos(z)),
        cmath.isclose(cmath.tanh(z), cmath.sinh(z) / cmath.cosh(z)),
        cmath.isclose(cmath.log10(z) * cmath.log(10), cmath.log(z)),
        cmath.isclose(cmath.log(z, 3), cmath.log(z) / cmath.log(3)),
        cmath.isclose(cmath.rect(*cmath.polar(z)), z),
        cmath.isclose(cmath.asin(z) + cmath.acos(z), cmath.pi / 2),
    ]
    print(repr(z), checks)
    print('  ', repr(cmath.exp(cmath.log(z))), repr(cmath.sqrt(z) ** 2))
    print('  ', repr(cmath.asin(z) + cmath.acos(z)), repr(cmath.atan(z) - cmath.atan(-z)))
