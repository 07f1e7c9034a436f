# timedelta's TypeErrors and ZeroDivisionErrors carry CPython's messages
from datetime import timedelta
t = timedelta(hours=1)
for expr in ["timedelta('1')", "timedelta(seconds=[1])", "timedelta(1, minutes=None)", "t + 1", "1 + t", "t - 1.5", "'x' - t",
             "t * t", "t * 'ab'", "'ab' * t", "t / 'x'", "2 / t", "t // 1.5", "t % 2", "divmod(t, 2)", "t < 1",
             "t >= None", "t / 0", "t // 0", "t / 0.0", "t % timedelta(0)", "t / timedelta(0)", "t // timedelta(0)",
             "divmod(t, timedelta(0))", "t * float('nan')", "t * float('inf')"]:
    try:
        print(expr, "->", eval(expr))
    except (TypeError, ZeroDivisionError, ValueError, OverflowError) as e:
        print(expr, "->", type(e).__name__, e)
