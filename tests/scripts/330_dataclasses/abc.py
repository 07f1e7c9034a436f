# Dataclasses with abstract base classes: abstract methods block instantiation; generated methods implement them.
from abc import ABC, abstractmethod
from dataclasses import dataclass, field


@dataclass
class Shape(ABC):
    name: str

    @abstractmethod
    def area(self):
        ...


@dataclass
class Square(Shape):
    side: float = 1.0

    def area(self):
        return self.side ** 2


@dataclass(order=True)
class Circle(Shape):
    r: float = 1.0

    def area(self):
        return round(3.14159 * self.r ** 2, 3)


try:
    Shape("blob")
except TypeError as e:
    print(type(e).__name__ + ":", e)
shapes = [Square("a", 2), Circle("b", 1.5), Square("c")]
for s in shapes:
    print(s, s.area(), isinstance(s, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__))


class Comparable(ABC):
    @abstractmethod
    def __eq__(self, other):
        ...

    @abstractmethod
    def __repr__(self):
        ...


@dataclass
class Token(Comparable):
    text: str


print(Token("x"), Token("x") == Token("x"), sorted(Token.__abstractmethods__))


@dataclass(repr=False)
class HalfToken(Comparable):
    text: str


print(sorted(HalfToken.__abstractmethods__))
try:
    HalfToken("y")
except TypeError as e:
    print(type(e).__name__ + ":", e)
