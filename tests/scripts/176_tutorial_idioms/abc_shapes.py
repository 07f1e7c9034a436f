# Real Python abstract base classes: ABC with abstractmethod/abstract property, registration, instantiation error
from abc import ABC, abstractmethod
import math
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @property
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    @property
    def name(self):
        return "circle"
class Square(Shape):
    name = "square"
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
shapes = [Circle(1), Square(3), Circle(2.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())
print(sorted(Shape.__abstractmethods__), Circle.__abstractmethods__ == frozenset())
class Sized(ABC):
    @abstractmethod
    def __len__(self): ...
class Box:
    def __len__(self):
        return 3
Sized.register(Box)
print(isinstance(Box(), Sized), issubclass(Box, Sized), isinstance([], Sized))
try:
    Shape()
except TypeError as e:
    print(e)
class Triangle(Shape):
    def __init__(self, b, h):
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h / 2
t = Triangle(3, 4)
