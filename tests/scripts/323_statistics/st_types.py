# Result-type rules: int/bool/float/Fraction mixing, int subclasses, float subclasses, coercion errors.
from statistics import mean, variance, pvariance, median, harmonic_mean, stdev
from fractions import Fraction as F
class MyInt(int):
    pass
cases = [[1, 2], [1, 3], [True, 3], [MyInt(2), MyInt(4)], [MyInt(1), 2.5],
        , [MyInt(3), F(1, 2)], [F(1), F(3)], [2, 4.0]]
for d in cases:
    m, v, p = mean(d), variance(d), pvariance(d)
    print(d, repr(m), type(m).__name__, repr(v), type(v).__name__, type(p).__name__)
print(type(median([MyInt(1), MyInt(3)])).__name__,
      type(stdev([MyInt(1), MyInt(3)])).__name__)
for d in [[1, "2"], [1j, 2j], [MyInt(1), True]]:
    try:
        print(mean(d))
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    mean([1, 1j])
except TypeError as e:
    print(type(e).__name__ + ":", e)
