# Physical quantities with units: full operator overloading (reflected, in-place, unary), __format__ and hashing.
from __future__ import annotations
import math
from functools import total_ordering


class UnitError(TypeError):
    pass


@total_ordering
class Quantity:
    __slots__ = ("value", "unit")

    def __init__(self, value, unit=""):
        self.value = value
        self.unit = unit

    def _check(self, other):
        if not isinstance(other, Quantity):
            other = Quantity(other)
        if other.unit != self.unit:
            raise UnitError(f"cannot combine {self.unit or 'scalar'} with {other.unit or 'scalar'}")
        return other

    def __add__(self, other):
        return Quantity(self.value + self._check(other).value, self.unit)

    __radd__ = __add__

    def __sub__(self, other):
        return Quantity(self.value - self._check(other).value, self.unit)

    def __rsub__(self, other):
        return Quantity(self._check(other).value - self.value, self.unit)

    def __mul__(self, other):
        if isinstance(other, Quantity):
            unit = "*".join(u for u in (self.unit, other.unit) if u)
            return Quantity(self.value * other.value, unit)
        return Quantity(self.value * other, self.unit)

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, Quantity):
            if other.unit == self.unit:
                return self.value / other.value
            return Quantity(self.value / other.value, f"{self.unit}/{other.unit}")
        return Quantity(self.value / other, self.unit)

    def __iadd__(self, other):
        self.value += self._check(other).value
        return self

    def __neg__(self):
        return Quantity(-self.value, self.unit)

    def __abs__(self):
        return Quantity(abs(self.value), self.unit)

    def __bool__(self):
        return self.value != 0

    def __eq__(self, other):
        return isinstance(other, Quantity) and self.unit == other.unit and math.isclose(self.value, other.value)

    def __lt__(self, other):
        return self.value < self._check(other).value

    def __hash__(self):
        return hash((round(self.value, 9), self.unit))

    def __format__(self, spec):
        return f"{format(self.value, spec)} {self.unit}".rstrip()

    def __repr__(self):
        return f"Quantity({self.value!r}, {self.unit!r})"


m = lambda v: Quantity(v, "m")
s = lambda v: Quantity(v, "s")
legs = [m(120.5), m(80), m(300.25), m(42)]
times = [s(30), s(12.5), s(61), s(9)]
dist = sum(legs, m(0))
elapsed = sum(times, s(0))
print(f"{dist:.1f} in {elapsed:.1f} -> {dist / elapsed:.3f}")
speeds = sorted(((l / t), i) for i, (l, t) in enumerate(zip(legs, times)))
print([f"{v:.2f}" for v, _ in speeds], speeds[-1][1])
print(max(legs), min(legs) < m(50), m(3) * 2 == 2 * m(3), 10 - m(4) if False else m(10) - m(4))
total = m(0)
for leg in legs:
    total += leg
print(repr(total), total is not legs[0], -m(5), abs(m(-2.5)), bool(m(0)), bool(m(0.1)))
area = m(3) * m(4)
print(f"{area:>10.2f}|{area / m(2):<8}|{m(10) / m(4)}")
print(len({m(1), m(1.0), m(1.0000000001), s(1)}), sorted([m(5), m(-1), m(2)]))
print(m(7) >= m(7.0), m(7) != s(7))
for bad in (lambda: m(1) + s(1), lambda: m(1) < 5, lambda: 5 - s(2)):
    try:
        bad()
    except UnitError as e:
        print("UnitError:", e)
try:
    m(1).scale = 2
except AttributeError as e:
    print("AttributeError:", e)
