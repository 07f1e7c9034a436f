# math: nextafter/ulp/copysign/fmod/remainder special cases with signed zeros, infinities and NaN.
import math
inf, nan = float("inf"), float("nan")
print(math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 0.0), math.nextafter(1.0, 1.0), math.nextafter(inf, 0))
print(math.nextafter(1e308, inf), math.nextafter(-0.0, 0.0), math.nextafter(5e-324, 0.0), math.nextafter(nan, 1))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-1e300), math.ulp(inf), math.ulp(nan), math.ulp(2 ** 52), math.ulp(5e-324))
print(math.copysign(3, -0.0), math.copysign(-2.5, 0.0), math.copysign(inf, -1), math.copysign(nan, -1), math.copysign(0.0, -inf))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-0.0, 2), math.fmod(5, inf), math.fmod(1e300, 3))
print(math.remainder(7, 3), math.remainder(-7, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(3, inf), math.remainder(-0.0, 1))
for fn, args in [(math.fmod, (1, 0)), (math.fmod, (inf, 1)), (math.remainder, (1, 0)), (math.remainder, (inf, 2)),
                 (math.copysign, ("a", 1)), (math.nextafter, (1,)), (math.ulp, ("x",))]:
    try:
        print(fn.__name__, fn(*args))
    except (ValueError, TypeError) as e:
        print(fn.__name__, type(e).__name__ + ":", e)
print(math.fmod(nan, 1), math.remainder(nan, 1), math.isnan(math.fmod(1, nan)))
print(math.isfinite(1e308 * 10), math.isinf(-inf), math.isnan(nan), math.isclose(inf, inf), math.isclose(nan, nan))
