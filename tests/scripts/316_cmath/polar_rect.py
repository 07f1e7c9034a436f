# polar/rect/phase: conversions, round trips, signed zeros and special values.
import cmath, math

for z in (1, -1, 1j, -1j, 1 + 1j, -3 - 4j, 3 - 4j, 1e-300 + 1e-300j, complex(-0.0, 0.0),
          complex(-2.0, -0.0), complex(5e-324, -5e-324), 1e308 + 1e307j):
    r, phi = cmath.polar(z)
    print(repr(z), repr(r), repr(phi), repr(cmath.phase(z)), repr(cmath.rect(r, phi)))
for r, phi in ((1, 0), (2, math.pi), (2, -math.pi / 2), (1.5, 0.25), (3, -0.0), (-3, 0.0),
               (-2, -0.0), (0.0, 1.0), (-0.0, 2.5), (1e308, 1e-3), (2, 10 ** 6), (True, 1)):
    print(repr(r), repr(phi), repr(cmath.rect(r, phi)))
INF, NAN = math.inf, math.nan
for r, phi in ((INF, 1.0), (INF, 2.0), (INF, -2.0), (-INF, 4.0), (INF, 0.0), (-INF, -0.0),
               (NAN, 0.0), (NAN, 1.0), (0.0, NAN), (-0.0, INF), (INF, NAN), (2.0, NAN)):
    try:
        print(repr(r), repr(phi), repr(cmath.rect(r, phi)))
    except ValueError as e:
        print(repr(r), repr(phi), 'ValueError:', e)
for z in (complex(INF, NAN), complex(NAN, -INF), complex(NAN, 1), complex(-INF, -INF)):
    print(repr(z), repr(cmath.polar(z)), repr(cmath.phase(z)))
