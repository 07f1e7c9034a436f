# NormalDist: overlap, quantiles, from_samples, seeded samples and their agreement with random.
import random
from statistics import NormalDist, StatisticsError
from fractions import Fraction as F
a, b = NormalDist(2.4, 1.6), NormalDist(3.2, 2.0)
print(a.overlap(b), b.overlap(a), a.overlap(a), NormalDist(0, 1).overlap(NormalDist(5, 1)),
      NormalDist(1, 2).overlap(NormalDist(1, 3)))
for args in [(NormalDist(0, 0), a), (a, NormalDist(1, 0))]:
    try:
        args[0].overlap(args[1])
    except StatisticsError as e:
        print(type(e).__name__ + ":", e)
try:
    a.overlap(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(NormalDist(100, 15).quantiles(), NormalDist().quantiles(10), NormalDist(5, 2).quantiles(1))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), NormalDist.from_samples([1, 2, 3, 4]),
      NormalDist.from_samples([F(1, 2), F(3, 2)]), NormalDist.from_samples(iter([10, 10, 13])))
for bad in [[1], []]:
    try:
        NormalDist.from_samples(bad)
    except StatisticsError as e:
        print(type(e).__name__ + ":", e)
s = NormalDist(50, 5).samples(5, seed=3)
print(s == NormalDist(50, 5).samples(5, seed=3), [round(v, 6) for v in s])
r = random.Random(3)
print(s == [r.gauss(50, 5) for _ in range(5)], NormalDist().samples(0, seed=1))
random.seed(8)
u = NormalDist(0, 1).samples(3)
random.seed(8)
print(u == [random.gauss(0, 1) for _ in range(3)], len(NormalDist().samples(4)))
fit = NormalDist.from_samples(NormalDist(10, 2).samples(2000, seed=11))
print(round(fit.mean, 2), round(fit.stdev, 2))
