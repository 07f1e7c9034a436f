# classmethod / staticmethod binding, alternative constructors, inheritance
class Point:
    count = 0
    def __init__(self, x, y):
        self.x, self.y = x, y
        type(self).count += 1
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @classmethod
    def from_str(cls, s):
        return cls(*map(int, s.split(",")))
    @staticmethod
    def dist(a, b):
        return ((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5
    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"

class P3(Point):
    pass

print(Point.origin(), P3.origin())
print(Point.from_str("3,4"), P3.from_str("1,2"))
print(Point.dist(Point(0, 0), Point(3, 4)))
print(Point(1, 1).dist(Point(0, 0), Point(1, 0)))
print(Point.count, P3.count)
m = Point.origin
print(m.__self__ is Point, m.__func__.__name__)
sm = Point.__dict__["dist"]
print(type(sm).__name__, type(Point.__dict__["origin"]).__name__)
print(callable(sm), sm.__func__ is Point.dist)
b = Point(1, 2).__repr__
print(b.__self__, b.__func__ is Point.__repr__)
try:
    Point.__repr__()
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Registry:
    items = []
    @classmethod
    def register(cls, f):
        cls.items.append(f.__name__)
        return f
@Registry.register
def alpha(): pass
@Registry.register
def beta(): pass
print(Registry.items)
