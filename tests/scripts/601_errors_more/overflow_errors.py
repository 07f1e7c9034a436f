# OverflowError from float arithmetic, int->float conversion and math functions
import math
cases = [
    lambda: 10.0 ** 400,
    lambda: 2.0 ** 5000,
    lambda: float(10 ** 400),
    lambda: 10 ** 400 / 1,
    lambda: math.exp(1000),
    lambda: math.pow(10, 400),
    lambda: int(float("inf")),
    lambda: round(float("inf")),
    lambda: math.factorial(-1),
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: (10 ** 400) * 1.0,
    lambda: math.ldexp(1.0, 5000),
    lambda: int(float("nan")),
    lambda: [0] * (2 ** 70),
]
for c in cases:
    try:
        print(c())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
