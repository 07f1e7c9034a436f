# Fraction in the numeric tower: ABC membership, real/imag/conjugate, float/complex, math functions.
import math, numbers
from fractions import Fraction as F
f = F(-7, 4)
print([isinstance(f, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational,
                                  numbers.Integral)])
print(repr(f.real), repr(f.imag), repr(f.conjugate()), float(f), complex(f), type(f.real).__name__)
print(math.sqrt(F(9, 4)), math.floor(f), math.ceil(f), math.fabs(f), math.isclose(F(1, 3), 1 / 3),
      math.exp(F(0)), math.log(F(1, 1)))
print(float(F(10**400, 10**399)), float(F(1, 10**400)), float(F(-(2**1100), 2**1090)))
try:
    float(F(10**400))
except OverflowError as e:
    print(type(e).__name__ + ":", e)
print(F.__mro__[1].__name__, issubclass(F, numbers.Real), F(3).__index__ if hasattr(F, "__index__") else None)
try:
    [1, 2, 3][F(1)]
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(sum([F(1, 3), F(1, 6), 0.5]), max(F(1, 2), 0.4), abs(-F(5, 3)), divmod(F(17, 5), 1))
print(list(range(5))[int(F(7, 2))], math.gcd(*F(12, 18).as_integer_ratio()))
