# class patterns: __match_args__ positional matching, keyword attributes, nested class patterns, dataclasses
from dataclasses import dataclass
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
@dataclass
class Circle:
    center: Point
    radius: float
@dataclass
class Rect:
    corner: Point
    w: float
    h: float
def describe(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case Circle(center=Point(x=x), radius=r) if r > 10:
            return f"big circle x={x}"
        case Circle():
            return "some circle"
        case Rect(Point(x, y), w, h) if w == h:
            return f"square at ({x},{y}) side {w}"
        case Rect(corner=c, w=w):
            return f"rect at {c.x},{c.y} width {w}"
        case Point(x, y):
            return f"point {x},{y}"
        case _:
            return "unknown"
for s in [Circle(Point(0, 0), 2), Circle(Point(5, 1), 20), Circle(Point(1, 1), 3), Rect(Point(1, 2), 4, 4),
          Rect(Point(0, 0), 3, 1), Point(7, 8), "circle"]:
    print(describe(s))
print(Circle.__match_args__, Rect.__match_args__)
