# A metaclass that refuses to create classes missing required methods, and one that counts instances.
class Interface(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        required = getattr(cls, "required", ())
        missing = [m for m in required if not callable(getattr(cls, m, None))]
        if bases and missing:
            raise TypeError(f"{name} must define {', '.join(missing)}")
        return cls


class Shape(metaclass=Interface):
    required = ("area", "perimeter")


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


print(Square(3).area(), Square(3).perimeter(), type(Square).__name__)
try:
    class Circle(Shape):
        def area(self):
            return 3
except TypeError as e:
    print("TypeError:", e)


class Counted(type):
    def __call__(cls, *args, **kwargs):
        cls.count = getattr(cls, "count", 0) + 1
        return super().__call__(*args, **kwargs)


class Thing(metaclass=Counted):
    pass


for _ in range(3):
    Thing()
print(Thing.count, isinstance(Thing, Counted), Counted.__mro__[1].__name__)
