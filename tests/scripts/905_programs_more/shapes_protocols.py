# Geometry with ABCs, a Protocol, total_ordering, singledispatch and cached_property, sorted and grouped.
import math
from abc import ABC, abstractmethod
from functools import total_ordering, singledispatch, cached_property
from itertools import groupby
from typing import Protocol, runtime_checkable


@runtime_checkable
class HasArea(Protocol):
    def area(self) -> float: ...


@total_ordering
class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def perimeter(self) -> float: ...

    def __eq__(self, other):
        return NotImplemented if not isinstance(other, Shape) else math.isclose(self.area(), other.area())

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        params = ", ".join(f"{k}={v}" for k, v in vars(self).items() if not k.startswith("_") and k != "hull")
        return f"{type(self).__name__}({params})"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)


class Polygon(Shape):
    def __init__(self, *points):
        self.points = points

    @cached_property
    def hull(self):
        print("  (computing edges)")
        return list(zip(self.points, self.points[1:] + self.points[:1]))

    def area(self):
        return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in self.hull)) / 2

    def perimeter(self):
        return sum(math.dist(a, b) for a, b in self.hull)


@singledispatch
def describe(shape) -> str:
    return f"something with area {shape.area():.2f}"


@describe.register
def _(shape: Circle) -> str:
    return f"circle of radius {shape.r}"


@describe.register(Rect)
def _(shape) -> str:
    kind = "square" if shape.w == shape.h else "rectangle"
    return f"{kind} {shape.w}x{shape.h}"


class Blob:
    def area(self):
        return 7.0


shapes = [Circle(1), Rect(2, 3), Square(2), Polygon((0, 0), (4, 0), (4, 3)), Circle(0.5), Rect(1, 4)]
for s in sorted(shapes):
    print(f"{describe(s):<28} area={s.area():7.3f} perim={s.perimeter():7.3f}")
print(Square(2) == Rect(1, 4), Circle(1) > Square(2), Rect(1, 1) <= Square(1), max(shapes))
for kind, group in groupby(sorted(shapes, key=lambda s: type(s).__mro__[1].__name__), key=lambda s: type(s).__mro__[1].__name__):
    print(kind, [repr(g) for g in group])
print(isinstance(Blob(), HasArea), isinstance(3, HasArea), describe(Blob()))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
