# type() with one and three args, constructors list()/dict()/set()/tuple()/str() from various iterables and kwargs
print([type(v).__name__ for v in [1, 1.0, 1j, "s", b"b", [], (), {}, set(), None, True, len, range(1), type]])
Point = type("Point", (), {"x": 0, "y": 0, "norm": lambda self: abs(self.x) + abs(self.y)})
p = Point()
p.x, p.y = 3, -4
print(Point.__name__, p.norm(), type(p) is Point, isinstance(p, Point), Point.__bases__)
Point3 = type("Point3", (Point,), {"z": 1})
print(Point3.__mro__[1].__name__, Point3().norm(), Point3.z)
print(list("abc"), list({"k": 1, "j": 2}), list(range(3)), dict(a=1, b=2), dict([("x", 1)], y=2), dict({"a": 1}, a=3))
print(sorted(set("hello")), tuple("ab"), str(12.50), str([1, "a"]), list(map(str, (1, 2))), dict.fromkeys(range(3), 0))
print(int(), float(), str(), list(), dict(), tuple(), set(), bool(), complex(), bytes(), frozenset())
print(type(3) == int, type(True) == int, type(True) is bool, type(type) is type, type(p).__name__, type("x")("abc"))
