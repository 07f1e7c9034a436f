# statistics.mean: exact summation, result types for int/float/Fraction/bool data, iterators, errors.
from statistics import mean, StatisticsError
from fractions import Fraction as F
cases = [[1, 2, 3, 4, 4], [1, 2, 3, 4], [-1.0, 2.5, 3.25, 5.75], [F(3, 7), F(1, 21), F(5, 3), F(-1, 3)],
         [0.1] * 10, [1e308, 1e308, -1e308], [1, 2.5], [F(1, 2), 2], [F(1, 2), 0.25], [True, False, True],
         [10**20, 1, 1], [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7], [1e-320, 3e-320], [-0.0, -0.0]]
for data in cases:
    m = mean(data)
    print(repr(m), type(m).__name__)
print(mean(iter([1, 2, 3])), mean(range(1, 101)), mean(x / 10 for x in range(11)), mean((3, 5)))
print(mean({"a": 1, "b": 5}.values()), repr(mean([7])), repr(mean([2**53 + 1, 2**53 + 2])))
for bad in [[], iter([])]:
    try:
        mean(bad)
    except StatisticsError as e:
        print(type(e).__name__ + ":", e, isinstance(e, ValueError))
for bad in [["a", "b"], [1, "2"], [None], [1j, 2j]]:
    try:
        mean(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
