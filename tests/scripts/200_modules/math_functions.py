# math's remaining functions: hyperbolic, erf, gamma (CPython's Lanczos), fsum, isqrt, comb/perm, dist, frexp/ldexp/modf, ulp, and their errors
import math
for f in ['acosh', 'asinh', 'atanh', 'cbrt', 'erf', 'erfc', 'exp2', 'expm1', 'log1p', 'gamma', 'lgamma', 'frexp', 'modf', 'ulp', 'isqrt']:
    for x in [0, 0.5, 1, 2, -1, -2.5, 10, 200, 1e308, float('inf'), float('-inf'), float('nan'), 10**30]:
        try: print(f, x, getattr(math, f)(x))
        except Exception as e: print(f, x, type(e).__name__, e)
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum([1, 2, 3]))
try: math.fsum([float('inf'), float('-inf')])
except Exception as e: print(type(e).__name__, e)
try: math.fsum([1e308, 1e308])
except Exception as e: print(type(e).__name__, e)
print(math.ldexp(0.5, 3), math.remainder(10, 3), math.nextafter(1, 2), math.lcm(4, 6, 10), math.lcm(), math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(5), math.comb(100, 50))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.isqrt(10**40 + 5), math.gcd(12, 18))
for a in [(-1, 2), (5, -1), ("a", 1)]:
    try: print(math.comb(*a))
    except Exception as e: print(type(e).__name__, e)
try: math.isqrt(-1)
except Exception as e: print(type(e).__name__, e)
try: math.dist((1,), (1, 2))
except Exception as e: print(type(e).__name__, e)
