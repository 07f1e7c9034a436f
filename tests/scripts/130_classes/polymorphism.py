# Polymorphism: one loop calling area() on different shapes, and a base method using an overridden one.
import math

class Shape:
    def area(self):
        return 0

    def report(self):
        return f"{type(self).__name__} area={self.area():.2f}"

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

shapes = [Rect(2, 3), Circle(1), Shape(), Rect(1.5, 2)]
for s in shapes:
    print(s.report())
print(sum(s.area() for s in shapes))
print(max(shapes, key=lambda s: s.area()).report())
