# partialmethod over classmethod, staticmethod and property-like descriptors: binds through their __get__
from functools import partialmethod

class Shape:
    @classmethod
    def make(cls, a, b):
        return (cls.__name__, a, b)
    make1 = partialmethod(make, 1)

    @staticmethod
    def add(a, b, c=0):
        return a + b + c
    add10 = partialmethod(add, 10, c=5)

class Square(Shape):
    pass

s = Shape()
print(s.make1(2), Shape.make1(3), Square.make1(4), Square().make1(5))
print(s.add10(1), Shape.add10(2))
bm = s.make1
print(type(bm).__name__, bm.__self__ is Shape, bm.args)
print(type(Shape.add10).__name__, hasattr(Shape.add10, "__self__"))
