# Basic @dataclass use: generated __init__, __repr__, __eq__, defaults, match_args and class attributes.
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p)
print(repr(Point(3)))
print(Point(x=5, y=6), Point(y=1, x=2))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(p == (1, 2), Point(1, 2) == Point(1.0, 2.0))
print(p.x, p.y, Point.y)
p.x = 10
print(p)
print(Point.__match_args__)
print(list(Point.__dataclass_fields__))
print(Point.__dataclass_params__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__name__)
print(Point.__init__.__annotations__)
print(Point.__hash__)


def where(pt):
    match pt:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y):
            return f"at {x},{y}"


for pt in [Point(0, 0), Point(4), Point(0, 7), Point(2, 3)]:
    print(where(pt))


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__match_args__)


@dataclass
class Named:
    self: str
    other: int = 1


n = Named("me")
print(n, n.self, Named(self="x", other=2))


class Plain:
    pass


@dataclass
class Holder:
    label: str
    plain: object = None
    items: list = field(default_factory=list)


h = Holder("a")
h.items.append(1)
print(h, Holder("b").items, h == Holder("a", None, [1]))
print(Holder("a", Plain()) == Holder("a", Plain()))
