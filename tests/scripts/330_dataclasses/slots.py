# slots=True: the class is rebuilt with __slots__ of its field names; weakref_slot handling and errors.
from dataclasses import dataclass, field, fields, replace, astuple


@dataclass(slots=True)
class Pixel:
    x: int
    y: int = 0
    colour: str = field(default="black")


p = Pixel(1, 2)
print(p, Pixel.__slots__, "__dict__" in Pixel.__dict__, Pixel.__qualname__, Pixel.__name__)
print(p == Pixel(1, 2), replace(p, colour="red"), astuple(p), [f.name for f in fields(Pixel)])
print(Pixel(5).y, Pixel.__doc__, Pixel.__init__.__qualname__)


@dataclass(slots=True, frozen=True)
class Coord:
    lat: float
    lon: float


c = Coord(1.5, 2.5)
print(c, hash(c) == hash(Coord(1.5, 2.5)), Coord.__slots__)
try:
    c.lat = 0.0
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(c.__getstate__())
c2 = Coord.__new__(Coord)
c2.__setstate__([3.0, 4.0])
print(c2)


@dataclass(slots=True)
class Pixel3(Pixel):
    z: int = 0


print(Pixel3(1, 2, "w", 3), Pixel3.__slots__)


@dataclass(slots=True, weakref_slot=True)
class Weak:
    a: int


print(Weak(1), Weak.__slots__)

try:
    @dataclass(slots=True)
    class Already:
        __slots__ = ("a",)
        a: int
except TypeError as e:
    print(type(e).__name__ + ":", e)


class Local:
    @dataclass(slots=True)
    class Nested:
        v: int


print(Local.Nested(1), Local.Nested.__qualname__)


@dataclass(slots=True)
class Hidden:
    a: int
    b: int = field(default=7, init=False)
    c: list = field(default_factory=list, init=False)


h = Hidden(1)
print(h, h.b, h.c, "b" in Hidden.__dict__ and type(Hidden.__dict__["b"]) is int)
