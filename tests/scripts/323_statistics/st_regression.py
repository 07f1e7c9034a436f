# linear_regression: slope/intercept namedtuple, proportional fits, constant x, errors.
from statistics import linear_regression, StatisticsError
years = [1971, 1975, 1979, 1982, 1983]
films = [1, 2, 3, 4, 5]
r = linear_regression(years, films)
print(r, round(r.slope * 2019 + r.intercept), type(r).__name__, r._fields, r[0] == r.slope)
print(linear_regression([1, 2, 3, 4], [2, 4, 5, 8]), linear_regression([1, 2, 3], [6, 4, 2]))
print(linear_regression([1, 2, 3], [2, 4, 7], proportional=True), linear_regression([0.5, 1.5], [1, 3], proportional=True))
print(linear_regression([1, 2], [3, 3]), linear_regression(range(5), [v * 0.1 for v in range(5)]))
slope, intercept = linear_regression([1.0, 2.0, 3.0], [1.1, 1.9, 3.2])
print(slope, intercept)
cases = [([1, 1, 1], [1, 2, 3], False), ([1, 2], [1], False), ([1], [1], False), ([0, 0], [1, 2], True)]
for a, b, p in cases:
    try:
        print(linear_regression(a, b, proportional=p))
    except StatisticsError as e:
        print(type(e).__name__ + ":", e)
try:
    linear_regression([1, 2], [3, 4], True)
except TypeError as e:
    print(type(e).__name__ + ":", e)
