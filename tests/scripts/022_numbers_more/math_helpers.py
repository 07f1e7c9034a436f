# math module everyday helpers: floor/ceil/trunc, gcd/lcm, isqrt, comb/perm, fsum vs sum, prod, isclose, dist/hypot
import math
vals = [2.5, -2.5, 3.0, -0.1, 1e20]
print([(math.floor(v), math.ceil(v), math.trunc(v)) for v in vals], type(math.floor(2.5)).__name__)
print(math.gcd(48, 18), math.gcd(0, 0), math.gcd(-12, 8, 20), math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm())
print(math.isqrt(10**20), math.isqrt(99), math.comb(52, 5), math.perm(10, 3), math.perm(5), math.factorial(20))
data = [0.1] * 10
print(sum(data), math.fsum(data), math.prod([1, 2, 3, 4]), math.prod([], start=5), math.prod([0.5, 4]))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (6, 8)), math.sqrt(2), math.copysign(3, -0.0), math.fabs(-4))
print(math.log(8, 2), math.log10(1000), math.log2(1024), round(math.exp(1), 12), math.pi, math.tau / 2 == math.pi, math.inf > 10**300)
print(math.isnan(float("nan")), math.isinf(-math.inf), math.isfinite(1e308), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.isqrt(-1), lambda: math.factorial(-1), lambda: math.comb(3, -1), lambda: math.factorial(2.5)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
