# ValueError/TypeError from math, statistics and int methods on bad inputs
import math
import statistics
cases = [
    lambda: math.acos(2),
    lambda: math.log(-1),
    lambda: math.log(10, 1),
    lambda: math.comb(-1, 1),
    lambda: math.isqrt(-1),
    lambda: math.factorial(1.5),
    lambda: math.gcd(1.5, 2),
    lambda: math.fmod(1, 0),
    lambda: math.atan2("a", 1),
    lambda: statistics.mean([]),
    lambda: statistics.median([]),
    lambda: statistics.stdev([1]),
    lambda: (256).to_bytes(1, "big"),
    lambda: (1).to_bytes(1, "middle"),
    lambda: (-1).to_bytes(1, "big"),
    lambda: int.from_bytes(b"\x01", "sideways"),
    lambda: (5).bit_length(1),
]
for c in cases:
    try:
        print(c())
    except (ValueError, TypeError, OverflowError, statistics.StatisticsError) as e:
        print(type(e).__name__, e)
