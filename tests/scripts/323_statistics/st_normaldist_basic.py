# NormalDist: construction, properties, pdf/cdf/inv_cdf/zscore across the AS241 regions, errors.
from statistics import NormalDist, StatisticsError
from fractions import Fraction as F
n = NormalDist(100, 15)
print(n, repr(NormalDist()), NormalDist(F(1, 2), 2), NormalDist(sigma=0))
print(n.mean, n.median, n.mode, n.stdev, n.variance, type(NormalDist(1, 2).mean).__name__)
for x in [40, 85, 100, 115.5, 160]:
    print(x, n.pdf(x), n.cdf(x), n.zscore(x))
for p in [1e-300, 1e-12, 0.0001, 0.01, 0.025, 0.075, 0.1, 0.5, 0.9, 0.925, 0.975, 0.9999, 1 - 1e-12]:
    print(p, NormalDist().inv_cdf(p), n.inv_cdf(p))
print(NormalDist(3, 2).inv_cdf(NormalDist(3, 2).cdf(4.5)))
z = NormalDist(5, 0)
for meth, arg in [("pdf", 1), ("cdf", 1), ("zscore", 1), ("inv_cdf", 0.5)]:
    try:
        getattr(z, meth)(arg)
    except StatisticsError as e:
        print(meth, type(e).__name__ + ":", e)
for p in [0, 1, -0.5, 1.5]:
    try:
        n.inv_cdf(p)
    except StatisticsError as e:
        print(type(e).__name__ + ":", e)
try:
    NormalDist(0, -1)
except StatisticsError as e:
    print(type(e).__name__ + ":", e)
try:
    NormalDist("a", 1)
except ValueError as e:
    print(type(e).__name__ + ":", e)
