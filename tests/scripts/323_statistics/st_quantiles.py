# quantiles: exclusive and inclusive methods, various n, small data, int/Fraction data, errors.
from statistics import quantiles, StatisticsError
from fractions import Fraction as F
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
        106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103,
        107, 101, 81, 109, 104]
print([round(q, 1) for q in quantiles(data, n=10)])
print(quantiles(data), quantiles(data, method="inclusive"), quantiles(data, n=1))
for d in [[1, 2], [1.5, 2, 3, 7, 9, 11, 20], [F(1, 3), F(1, 2), F(2, 3)], [10, 1], [5, 5, 5]]:
    print(d, quantiles(d), quantiles(d, n=5, method="inclusive"), quantiles(d, n=3))
print(quantiles(range(100), n=4), quantiles(iter([1, 9, 4]), n=2))
cases = [dict(n=0), dict(n=-3), dict(method="linear")]
for kw in cases:
    try:
        quantiles([1, 2, 3], **kw)
    except (StatisticsError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for d in [[], [1]]:
    try:
        quantiles(d)
    except StatisticsError as e:
        print(type(e).__name__ + ":", e)
try:
    quantiles([1, 2, 3], 4)
except TypeError as e:
    print(type(e).__name__ + ":", e)
