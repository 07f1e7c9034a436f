# Subclassing Fraction: constructors, classmethods, arithmetic results are plain Fractions.
from fractions import Fraction as F
import numbers
class Q(F):
    def half(self):
        return self / 2
q = Q(3, 4)
print(repr(q), type(q).__name__, repr(q.half()), type(q + 1).__name__, type(-q).__name__, type(+q).__name__)
print(type(abs(q)).__name__, type(q ** 2).__name__, type(Q.from_float(0.5)).__name__, repr(Q("1.25")))
print(isinstance(q, F), isinstance(q, numbers.Rational), q == F(3, 4), hash(q) == hash(F(3, 4)))
print(repr(F(q)), type(F(q)).__name__, repr(Q(q, 2)), repr(q.limit_denominator(2)),
      type(q.limit_denominator(10)).__name__)
class Half(numbers.Rational):
    numerator = 1
    denominator = 2
    def __repr__(self): return "Half()"
for name in sorted(Half.__abstractmethods__):
    if name not in ("numerator", "denominator"):
        setattr(Half, name, lambda self, *a: NotImplemented)
Half.__abstractmethods__ = frozenset()
h = Half()
print(repr(F(h)), repr(F(h, h)), repr(F(3, h)), repr(F(1, 3) + h), repr(h + F(1, 3)), F(1, 2) == h,
      F(1, 3) < h, repr(h ** F(2)), repr(F(2) - h))
print(float(h), repr(F(1, 2) * h))
