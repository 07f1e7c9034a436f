# errors from abstract classes, properties without setters, __slots__ and bad class definitions
from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...

class Circle:
    __slots__ = ("r",)
    def __init__(self):
        self.r = 1
    @property
    def diameter(self):
        return 2 * self.r

c = Circle()
def bad_base():
    class C(5): pass
def mro_conflict():
    class A: pass
    class B(A): pass
    class C(A, B): pass
def del_prop():
    del c.diameter
cases = [lambda: Shape(), lambda: setattr(c, "diameter", 4), lambda: setattr(c, "colour", 1),
         del_prop, bad_base, mro_conflict, lambda: Circle.__init__(5), lambda: object.__new__(5)]
for f in cases:
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
