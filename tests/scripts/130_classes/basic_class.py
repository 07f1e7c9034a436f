# A class with __init__, instance attributes, methods calling other methods, and attributes added later.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def dist2(self):
        return self.x ** 2 + self.y ** 2

    def describe(self):
        return f"Point({self.x}, {self.y}) d2={self.dist2()}"

p = Point(3, 4)
print(p.x, p.y, p.dist2())
q = p.moved(1, -1)
print(q.describe(), p.describe())
p.label = "origin-ish"
print(p.label)
p.x = 0
print(p.describe())
print(type(p).__name__, isinstance(p, Point))
