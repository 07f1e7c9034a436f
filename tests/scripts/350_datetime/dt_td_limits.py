# timedelta.min/max/resolution and the OverflowErrors for days beyond 999999999 (and beyond a C int)
from datetime import timedelta
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(timedelta.max - timedelta.max, timedelta.min + timedelta.max, -(timedelta.max - timedelta(1)))
for expr in ["timedelta(days=10**9)", "timedelta(days=-10**9)", "timedelta(days=2**31)", "timedelta(microseconds=10**30)",
             "timedelta.max + timedelta.resolution", "timedelta.min - timedelta.resolution", "-timedelta.min",
             "timedelta.max * 2", "timedelta.max / 0.5", "timedelta(999999999, 86399, 999999) + timedelta(microseconds=1)",
             "timedelta(seconds=1e300)", "timedelta(days=float('inf'))", "timedelta(hours=float('nan'))",
             "timedelta(days=999999999, seconds=86400)"]:
    try:
        print(expr, "->", repr(eval(expr)))
    except (OverflowError, ValueError) as e:
        print(expr, "->", type(e).__name__, e)
