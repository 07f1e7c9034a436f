# __slots__: no __dict__, unknown attribute errors, slotted subclass adds slots
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    print(p.x)
except AttributeError as e:
    print("AttributeError:", e)
class Point3(Point):
    __slots__ = ("z",)
q = Point3(1, 2); q.z = 3
print(q.x + q.y + q.z, hasattr(q, "__dict__"))
print(sorted(Point.__slots__), Point3.__slots__)
