# variance and pvariance: exact results, int/float/Fraction types, given xbar/mu, errors.
from statistics import variance, pvariance, StatisticsError
from fractions import Fraction as F
sets = [[2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5], [1, 2, 3, 4], [1, 3, 5, 7], [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25],
        [F(1, 6), F(1, 2), F(5, 3)], [1, 1.5, F(1, 4)], [5, 5, 5], [1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3],
        [True, False, False], [10**30, 10**30 + 2], [0.1, 0.2, 0.3, 0.4]]
for d in sets:
    v, p = variance(d), pvariance(d)
    print(repr(v), type(v).__name__, repr(p), type(p).__name__)
data = [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]
m = sum(data) / len(data)
print(variance(data, m), pvariance(data, m), variance(data, 1), pvariance(data, F(3, 2)), pvariance([1, 2], 1.5))
print(repr(variance(iter([1, 2, 4]))), repr(pvariance(x for x in range(10))), repr(variance(range(1, 6), 3)))
for fn, d in [(variance, []), (variance, [1]), (pvariance, []), (variance, iter([2.5])), (variance, [], )]:
    try:
        fn(d)
    except StatisticsError as e:
        print(fn.__name__, type(e).__name__ + ":", e)
for d in [["a", "b"], [1, None]]:
    try:
        variance(d)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
