# Infinities and NaNs flowing through mean/variance/stdev/median/fmean/NormalDist.
import math
from statistics import mean, fmean, variance, pvariance, stdev, pstdev, median, NormalDist
inf, nan = math.inf, math.nan
for d in [[1, inf], [1, -inf], [inf, -inf], [1, nan], [inf, inf], [2.5, inf, 3]]:
    print(d, mean(d), variance(d), pvariance(d))
    for fn in (fmean, stdev, pstdev):
        try:
            print(fn(d))
        except (AttributeError, ValueError) as e:
            print(fn.__name__, type(e).__name__ + ":", e)
print(median([1, inf, 3]), median([-inf, inf]), mean([1e308, 1e308]), math.isnan(mean([nan])))
print(NormalDist.from_samples([1, inf]), NormalDist(0, 1).cdf(inf), NormalDist(0, 1).cdf(-inf), NormalDist(0, 1).pdf(inf))
print(NormalDist(inf, 1), NormalDist(0, inf).cdf(1), NormalDist(0, 1).zscore(nan))
print(NormalDist().inv_cdf(1e-320), NormalDist().inv_cdf(0.5 + 1e-16))
