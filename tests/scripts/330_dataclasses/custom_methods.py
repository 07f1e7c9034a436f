# User-defined methods win over generated ones; init/repr/eq=False; descriptors and properties as fields.
from dataclasses import dataclass, field


@dataclass
class Temperature:
    celsius: float

    def __repr__(self):
        return f"{self.celsius}°C"

    def __eq__(self, other):
        return isinstance(other, Temperature) and round(self.celsius) == round(other.celsius)


t = Temperature(21.4)
print(t, t == Temperature(20.6), t == 21.4, Temperature.__repr__.__qualname__)


@dataclass(init=False)
class Manual:
    a: int
    b: str = "b"

    def __init__(self, text):
        self.a = len(text)


m = Manual("hello")
print(m, m.b)


@dataclass(repr=False, eq=False)
class Bare:
    v: int


bare = Bare(1)
print(type(bare).__repr__ is object.__repr__, bare == Bare(1), bare == bare)


@dataclass
class OwnInit:
    x: int

    def __init__(self, x, scale=2):
        self.x = x * scale


print(OwnInit(3), OwnInit(3, 10))


class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return 1
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.private[1:]} must be positive, got {value}")
        setattr(obj, self.private, value)


@dataclass
class Order:
    qty: Positive = Positive()
    price: Positive = field(default=Positive())


o = Order(3, 5)
print(o, o._qty, o._price, Order.price, Order.__dict__["price"].private)
try:
    Order(0)
except ValueError as e:
    print(type(e).__name__ + ":", e)


@dataclass
class Stat:
    values: list = field(default_factory=list)

    @property
    def mean(self):
        return sum(self.values) / len(self.values) if self.values else 0.0

    @classmethod
    def of(cls, *vals):
        return cls(list(vals))


@dataclass
class Line:
    qty: Positive = Positive()


print(Line(), Line(4)._qty)


print(Stat.of(1, 2, 3).mean, Stat(), Stat.of())
