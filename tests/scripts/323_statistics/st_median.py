# median, median_low, median_high on odd/even data, unsorted input, other orderable types, errors.
from statistics import median, median_low, median_high, StatisticsError
from fractions import Fraction as F
datasets = [[1, 3, 5], [1, 3, 5, 7], [7, 1, 5, 3], [2.5], [1, 2], [F(1, 2), F(1, 3), F(1, 4), F(1, 5)],
            [1.5, 2, F(5, 2), 3], [-5, -1, -3, -2], [3, 3, 3, 3], range(10), (x * x for x in range(5))]
for d in datasets:
    d = list(d)
    print(d, repr(median(d)), repr(median_low(d)), repr(median_high(d)))
words = ["pear", "apple", "fig", "kiwi"]
print(median_low(words), median_high(words), median(["b", "a", "c"]))
for fn in (median, median_low, median_high):
    try:
        fn([])
    except StatisticsError as e:
        print(fn.__name__, type(e).__name__ + ":", e)
try:
    median(words)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    median([1, "a"])
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(median([True, False, True, True]), median([10**20, 10**20 + 1]), median([1e308, 1e308]))
