# geometric_mean and harmonic_mean (with weights): values, result types, zeros and errors.
from statistics import geometric_mean, harmonic_mean, StatisticsError
from fractions import Fraction as F
print(geometric_mean([54, 24, 36]), geometric_mean([4, 9]), geometric_mean([1.5]), geometric_mean(iter([2, 8])))
print(geometric_mean([F(1, 2), F(1, 8)]), geometric_mean([1e-300, 1e300]))
for bad in [[], [1, 0], [-1, 4], iter([])]:
    try:
        geometric_mean(bad)
    except StatisticsError as e:
        print(type(e).__name__ + ":", e)
for data in [[40, 60], [2.5, 3, 10], [F(1, 2), F(1, 3)], [1, 2, 4], [0, 5], [7], [2.5], [F(3, 4)], [1, 1]]:
    h = harmonic_mean(data)
    print(data, repr(h), type(h).__name__)
print(harmonic_mean([40, 60], weights=[5, 30]), harmonic_mean(iter([1, 2]), weights=iter([1, 3])),
      repr(harmonic_mean([F(1, 2), 2], weights=[1, 1])), harmonic_mean([10, 0], weights=[1, 0]))
cases = [([], None), ([-1], None), ([1, -2], None), ([1, 2], [1]), ([1, 2], [-1, 3]), ([1, 2], [0, 0])]
for data, w in cases:
    try:
        print(harmonic_mean(data, weights=w))
    except StatisticsError as e:
        print(type(e).__name__ + ":", e)
for bad in [["x"], ["a", "b"]]:
    try:
        harmonic_mean(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
# average speed over equal distances
print("avg speed:", harmonic_mean([60, 40, 80]), "km/h")
