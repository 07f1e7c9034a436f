# math: perm(n) with one negative argument reports like factorial() (CPython: perm(n, None) -> factorial(n)).
import math
for args in [(-1,), (-1, None), (-1, 2), (3, -1)]:
    try:
        print(math.perm(*args))
    except ValueError as e:
        print(type(e).__name__ + ":", e)
