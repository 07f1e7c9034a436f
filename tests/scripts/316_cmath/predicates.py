# isfinite, isinf, isnan on complex, real and integer inputs.
import cmath, math

INF, NAN = math.inf, math.nan
vals = [0, 1.5, -2j, 10 ** 300, complex(INF, 0), complex(0, -INF), complex(NAN, 0),
        complex(0, NAN), complex(INF, NAN), complex(NAN, INF), INF, -INF, NAN, True,
        1e308 * 10, complex(1e308, 1e308)]
for v in vals:
    print(repr(v), cmath.isfinite(v), cmath.isinf(v), cmath.isnan(v))
print(sum(cmath.isfinite(complex(a, b)) for a in (0.0, INF, NAN) for b in (1.0, -INF, NAN)))
print([cmath.isnan(cmath.sqrt(complex(a, NAN))) for a in (-INF, 0.0, INF)])
print(type(cmath.isnan(1)).__name__)
