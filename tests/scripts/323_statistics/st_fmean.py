# statistics.fmean: float result, weights, generators, and its error messages.
from statistics import fmean, StatisticsError
from fractions import Fraction as F
print(fmean([3.5, 4.0, 5.25]), fmean([1, 2, 3, 4]), fmean(iter([0.1] * 10)), fmean(x * 0.5 for x in range(7)))
print(fmean([F(1, 3), F(2, 3)]), fmean([True, 2]), fmean(range(1, 1001)))
print(fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]), fmean([1, 2, 3], weights=[3, 2, 1]))
print(fmean([1, 2, 3], weights=iter([1, 1, 2])), fmean(iter([10, 20]), weights=(1, 3)))
print(fmean([5], weights=[F(1, 2)]), fmean([2, 4], weights=[-1, 2]))
cases = [([], None), (iter([]), None), ([1, 2], [1]), ([1, 2], [1, 2, 3]), ([1, 2], [0, 0]), ([1, 2], [1, -1]),
         (iter([1, 2, 3]), [1, 1]), ([], [])]
for data, w in cases:
    try:
        print(fmean(data, weights=w))
    except StatisticsError as e:
        print(type(e).__name__ + ":", e)
for data in [["a"], [None, 1]]:
    try:
        fmean(data)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    fmean([1e308, 1e308])
except OverflowError as e:
    print(type(e).__name__ + ":", e)
