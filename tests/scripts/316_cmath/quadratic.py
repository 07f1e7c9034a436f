# Realistic program: solve quadratic equations with complex coefficients and check the roots.
import cmath

def roots(a, b, c):
    """Numerically stable quadratic formula for complex coefficients."""
    d = cmath.sqrt(b * b - 4 * a * c)
    # pick the sign that avoids cancellation
    q = -0.5 * (b + d) if (b.conjugate() * d).real >= 0 else -0.5 * (b - d)
    if q == 0:
        return 0j, 0j
    return q / a, c / q

def fmt(z):
    return '(%.6f%+.6fj)' % (z.real, z.imag)

problems = [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4 + 1j, -3j), (1j, 1, 1),
            (1, -2, 1), (1, 1e8, 1), (3 - 1j, 0.5, 2 + 2j), (1, 0, 0)]
for a, b, c in problems:
    a, b, c = complex(a), complex(b), complex(c)
    r1, r2 = roots(a, b, c)
    res = [abs(a * r * r + b * r + c) for r in (r1, r2)]
    ok = all(cmath.isclose(a * r * r + b * r + c, 0, abs_tol=1e-6) for r in (r1, r2))
    print(fmt(a), fmt(b), fmt(c), '->', fmt(r1), fmt(r2), 'ok' if ok else 'BAD', max(res) < 1e-6)
    print('   exact:', repr(r1), repr(r2))
    print('   polar:', ['%.5f@%.5f' % cmath.polar(r) for r in (r1, r2)])
