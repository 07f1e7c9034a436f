# stdev and pstdev: correctly rounded square roots (bit-identical), big and tiny data, xbar/mu, errors.
from statistics import stdev, pstdev, StatisticsError
from fractions import Fraction as F
sets = [[1.5, 2.5, 2.5, 2.75, 3.25, 4.75], [2, 4, 4, 4, 5, 5, 7, 9], [1, 2], [0.1, 0.2, 0.3], [1e-200, 3e-200],
        [1e200, -1e200, 3e200], [F(1, 3), F(1, 7)], [7, 7, 7], list(range(1000)), [2**60, 2**60 + 1, 2**60 + 5],
        [0.1, 0.2, 0.3, 10**20], [1e308, -1e308]]
for d in sets:
    print(repr(stdev(d)), repr(pstdev(d)))
for k in range(1, 40, 3):
    d = [x / k for x in range(k + 1)]
    print(k, repr(stdev(d)), repr(pstdev(d)))
print(stdev([1, 2, 3], 2), pstdev([1, 2, 3], 2.5), type(stdev([1, 2, 3])).__name__, type(pstdev([F(1), F(3)])).__name__)
for fn, d in [(stdev, [1]), (stdev, []), (pstdev, [])]:
    try:
        fn(d)
    except StatisticsError as e:
        print(fn.__name__, type(e).__name__ + ":", e)
print(pstdev([5]), stdev(iter([3, 4, 5])))
