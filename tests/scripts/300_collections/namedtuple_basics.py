# namedtuple: construction, defaults, _make/_asdict/_replace, rename, unpacking, subclassing
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, y=4)
print(p, p.x + p.y, p[0], len(p))
x, y = p
print(x, y, p == (3, 4), isinstance(p, tuple))
print(p._asdict(), p._replace(y=10), Point._make([7, 8]))
print(Point._fields, Point.__name__, Point.__doc__)
Row = namedtuple("Row", "id name score", defaults=[0.0])
print(Row(1, "ann"), Row._field_defaults)
R = namedtuple("R", ["a", "def", "a", "_b"], rename=True)
print(R._fields)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
v = Vec(3, 4)
print(abs(v), v + Vec(1, 1), repr(v))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("Bad", ["x", "x"])
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", ["class"])
except ValueError as e:
    print("ValueError:", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({Point(1, 2): "a"}[(1, 2)], hash(Point(1, 2)) == hash((1, 2)))
print(Point.x.__doc__, type(p).__module__)
