# statistics functions and math helpers (isclose, comb, perm, prod, gcd/lcm, isqrt, fsum, dist, trig)
import statistics as st
import math

xs = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(xs), st.median(xs), st.mode(xs), st.pstdev(xs), st.stdev(xs))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.multimode("aabbc"), st.variance(xs))
print(st.fmean([1, 2, 3, 4]), st.geometric_mean([1, 10, 100]), st.harmonic_mean([40, 60]))
print(st.quantiles(range(1, 11), n=4), st.median_grouped([1, 2, 2, 3, 4]))
print(st.correlation([1, 2, 3, 4], [2, 4, 6, 9]), st.linear_regression([1, 2, 3], [2, 4, 6]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
from fractions import Fraction
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.mean([1, 2.5]))

print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.prod([1, 2, 3, 4]), math.prod([], start=7))
print(math.gcd(12, 18, 30), math.lcm(4, 6, 10), math.isqrt(10**20 + 1), math.factorial(20))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.dist((0, 0), (3, 4)), math.hypot(1, 2, 2))
print(math.copysign(3, -0.0), math.fmod(-7, 3), math.remainder(7, 4), math.modf(-2.5), math.frexp(8.0))
print(math.ldexp(0.5, 4), math.trunc(-2.7), math.ceil(-2.1), math.floor(2.9), math.log(8, 2), math.log10(1000))
print(round(math.sin(math.pi / 6), 12), math.degrees(math.pi), math.radians(180), math.atan2(1, -1))
print(math.inf > 1e308, math.isnan(math.nan), math.isfinite(1e308 * 10), math.exp(0), math.log1p(0), math.expm1(0))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.cbrt(27) if hasattr(math, "cbrt") else 3.0, math.tau / 2 == math.pi)
