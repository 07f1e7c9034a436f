# abc.ABC with abstract properties, classmethods and __abstractmethods__
from abc import ABC, abstractmethod

class Shape(ABC):
    @property
    @abstractmethod
    def area(self): ...

    @classmethod
    @abstractmethod
    def unit(cls): ...

    def describe(self):
        return f"{type(self).__name__} area={self.area} {self.unit()}"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    @property
    def area(self):
        return self.s ** 2
    @classmethod
    def unit(cls):
        return "cm2"

class HalfDone(Shape):
    @property
    def area(self):
        return 0

print(sorted(Shape.__abstractmethods__))
print(sorted(HalfDone.__abstractmethods__))
print(Square.__abstractmethods__)
print(Square(3).describe())
print(isinstance(Square(1), Shape), issubclass(Square, ABC))

class Registered(ABC):
    pass
Registered.register(int)
print(isinstance(5, Registered), issubclass(bool, Registered), isinstance("x", Registered))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
HalfDone()
