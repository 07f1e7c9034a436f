# math: log of large ints, floor/ceil/trunc of huge floats and ints, sqrt/exp overflow messages.
import math
big = 10 ** 400
print(math.log(2 ** 1100, 2), math.log1p(10 ** 300), math.log(10 ** 300), math.log2(2 ** 1000), math.log10(10 ** 300))
print(math.log10(10 ** 22), math.log2(1 << 63))
print(math.floor(1e300) == 10 ** 300, math.floor(1.5e16), math.ceil(-1e20), math.trunc(-2.5e18), math.floor(2 ** 80), math.ceil(-(3 ** 50)))
print(math.floor(1e300) % 1000, type(math.floor(1e308)).__name__, math.ceil(4.000000000000001))
for fn, arg in [(math.log, 0), (math.log, -big), (math.log10, -1), (math.log2, 0.0), (math.sqrt, -big),
                (math.exp, 1000), (math.floor, float("inf")), (math.ceil, float("nan")), (math.trunc, float("-inf")),
                (math.sqrt, big), (math.exp, big), (math.pow, (10.0, 400)), (math.ldexp, (1.0, 2000)), (math.log, (10, 1))]:
    try:
        print(fn.__name__, fn(*arg) if isinstance(arg, tuple) else fn(arg))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(fn.__name__, type(e).__name__ + ":", e)
print(math.sqrt(10 ** 300), math.exp(-1000), math.pow(0.0, 0), math.pow(-8, 1 / 3) if False else math.pow(-8, 3), math.ldexp(1.0, -2000))
try:
    float(big)
except OverflowError as e:
    print(type(e).__name__ + ":", e)
print(big / 10 ** 399, (10 ** 400) // 3 > 0)
