# limit_denominator: best rational approximations, ties, already-small fractions, bad limits.
import math
from fractions import Fraction as F
pi = F(math.pi)
for m in [1, 2, 7, 10, 100, 113, 1000, 10**6, 10**9]:
    print(m, pi.limit_denominator(m))
print(F('3.141592653589793').limit_denominator(10), F(4321, 8765).limit_denominator(10000))
print(F(1, 3).limit_denominator(2), F(3, 2).limit_denominator(1), F(5, 2).limit_denominator(1),
      F(-5, 2).limit_denominator(1), F(-1, 3).limit_denominator(2))
print(F(0.1).limit_denominator(), F(math.e).limit_denominator(1000), F(-math.sqrt(2)).limit_denominator(100))
f = F(7, 3)
print(f.limit_denominator(3) is f, f.limit_denominator(3) == f, repr(f.limit_denominator()))
for bad in [0, -1]:
    try:
        f.limit_denominator(bad)
    except ValueError as e:
        print(type(e).__name__ + ":", e)
# continued-fraction expansion via limit_denominator convergents
x = F(math.sqrt(3))
seen = []
for m in range(1, 60):
    c = x.limit_denominator(m)
    if not seen or seen[-1] != c:
        seen.append(c)
print(" ".join(map(str, seen)))
