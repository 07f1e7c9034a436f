# correlation and covariance: values, perfect/negative correlation, constant input, length errors.
from statistics import correlation, covariance, StatisticsError
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(correlation(x, x), correlation(x, z), correlation(x, y), covariance(x, y), covariance(z, x), covariance(x, x))
print(correlation([1.5, 2.5, 3.75, 4.0], [10.0, 9.5, 7.25, 6.0]), covariance([0.1, 0.2, 0.3], [0.3, 0.2, 0.4]))
print(covariance((1, 2), (3, 5)), correlation(range(10), [v * v for v in range(10)]))
cases = [([1, 2, 3], [1, 2]), ([1], [1]), ([], []), ([1, 1, 1], [1, 2, 3]), ([1, 2, 3], [5, 5, 5])]
for a, b in cases:
    for fn in (correlation, covariance):
        try:
            print(fn.__name__, fn(a, b))
        except StatisticsError as e:
            print(fn.__name__, type(e).__name__ + ":", e)
try:
    correlation(iter([1, 2]), iter([3, 4]))
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    covariance(x, y=y)
except TypeError as e:
    print(type(e).__name__)
