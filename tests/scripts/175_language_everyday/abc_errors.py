# abstract base classes: instantiation error messages, abstract properties, register, subclasshook
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name}: area={self.area():.2f}"
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
    @property
    def name(self): return "square"
class Half(Shape):
    def area(self): return 0
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__ + ":", e)
print(Square(3).describe(), Square(2).perimeter())
print(sorted(Half.__abstractmethods__), Square.__abstractmethods__)
class Duck:
    def area(self): return 1
Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape))
class Closeable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("close" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
class File:
    def close(self): pass
print(isinstance(File(), Closeable), isinstance(3, Closeable))
class NotAbstract:
    @abstractmethod
    def f(self): ...
print(type(NotAbstract()).__name__)
