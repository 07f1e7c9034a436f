# median_grouped: interpolated median for grouped continuous data, interval widths, errors.
from statistics import median_grouped, StatisticsError
from fractions import Fraction as F
print(median_grouped([52, 52, 53, 54]), median_grouped([1, 3, 3, 5, 7]), median_grouped([1, 3, 3, 5, 7], interval=2))
print(median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), median_grouped([2.5]), median_grouped([F(1, 2), F(3, 2)]))
print(median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=F(1, 2)), median_grouped(range(1, 8), "0.5"))
print(median_grouped([-10, -10, 0, 20], 10), median_grouped(iter([5, 5, 5, 6])))
try:
    median_grouped([])
except StatisticsError as e:
    print(type(e).__name__ + ":", e)
for args in [(["a", "b"],), ([1, 2], "x")]:
    try:
        median_grouped(*args)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    median_grouped([1, 2], None)
except TypeError as e:
    print(type(e).__name__ + ":", e)
# ages of survey respondents, binned by decade (class midpoints)
ages = [25] * 4 + [35] * 9 + [45] * 7 + [55] * 3 + [65] * 2
print("median age (grouped by 10):", median_grouped(ages, interval=10))
