# members built by a custom __new__ (extra attributes, _value_ chosen), __init__ with tuple values, singletons.
from enum import Enum, IntEnum


class Coordinate(Enum):
    def __new__(cls, value, label, unit):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        obj.unit = unit
        return obj

    PX = (0, "P.X", "km")
    PY = (1, "P.Y", "km")


print(repr(Coordinate.PY), Coordinate(1), Coordinate.PX.label, Coordinate.PY.unit)


class AutoNumber(Enum):
    def __new__(cls, doc):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        obj.doc = doc
        return obj

    RED = "the color of fire"
    GREEN = "the color of grass"


print(list(AutoNumber), AutoNumber(2).doc, AutoNumber.RED.value)


class Status(IntEnum):
    def __new__(cls, value, phrase, description=""):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.phrase = phrase
        obj.description = description
        return obj

    OK = 200, "OK", "Request fulfilled"
    NOT_FOUND = 404, "Not Found"
    TEAPOT = 418, "I'm a teapot"


print(repr(Status.OK), Status(404).phrase, Status.NOT_FOUND.description == "", Status.TEAPOT + 0)
print(Status.OK == 200, [s.phrase for s in Status], str(Status.TEAPOT))


class Size(Enum):
    SMALL = 1, "S"
    LARGE = 2, "L"

    def __init__(self, num, code):
        self.num = num
        self.code = code


print(Size.SMALL.value, Size.LARGE.code, Size((1, "S")) is Size.SMALL)


class Pt(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)


print(repr(Pt.UNIT), Pt.UNIT[0], Pt((0, 0)), len(Pt.ORIGIN))


class Weird(Enum):
    A = [1, 2]
    B = {"k": 1}


print(Weird([1, 2]), Weird({"k": 1}), repr(Weird.A), Weird._unhashable_values_)
