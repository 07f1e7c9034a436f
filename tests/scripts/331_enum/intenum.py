# IntEnum: int behaviour, str/format are int's, comparisons and arithmetic with ints, hashing like ints.
from enum import IntEnum, Enum


class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2


class Request(IntEnum):
    POST = 1
    GET = 2


print(repr(Shape.CIRCLE), str(Shape.CIRCLE), Shape.CIRCLE, f"{Shape.SQUARE}", format(Shape.SQUARE, "03d"))
print("%d %s %r" % (Shape.SQUARE, Shape.SQUARE, Shape.SQUARE))
print(Shape.CIRCLE == 1, Shape.CIRCLE == Request.POST, Shape.CIRCLE < 2, Shape.SQUARE > Request.POST)
print(Shape.CIRCLE + Shape.SQUARE, Shape.SQUARE * 3, -Shape.SQUARE, type(Shape.CIRCLE + 1).__name__)
print(isinstance(Shape.CIRCLE, int), int(Shape.SQUARE), float(Shape.SQUARE))
print(sorted([Shape.SQUARE, 0, Shape.CIRCLE, 3]))
print(["a", "b", "c"][Shape.CIRCLE], list(range(Shape.SQUARE)))
print(Shape(2), Shape(Shape.CIRCLE), hash(Shape.SQUARE) == hash(2))
print({1: "one"}[Shape.CIRCLE], {Shape.CIRCLE: "x"}[1])
print(Shape.SQUARE.value, type(Shape.SQUARE.value).__name__, Shape.SQUARE.name)
print(bin(Shape.SQUARE), hex(Request.GET), Shape.SQUARE.bit_length())
try:
    Shape(5)
except ValueError as e:
    print(type(e).__name__ + ":", e)


class Number(IntEnum):
    ONE = 1
    TWO = 2

    def __str__(self):
        return self.name.lower()


print(str(Number.ONE), format(Number.TWO), repr(Number.TWO))


class Priority(int, Enum):
    LOW = 1
    HIGH = 2


print(repr(Priority.LOW), str(Priority.LOW), format(Priority.HIGH), Priority.LOW < Priority.HIGH, Priority.HIGH + 1)

