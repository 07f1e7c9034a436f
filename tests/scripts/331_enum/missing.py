# _missing_ hook: returning a member, returning None, returning junk, raising; case-insensitive lookup.
from enum import Enum, StrEnum


class Color(Enum):
    RED = "red"
    GREEN = "green"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Color("RED"), Color("Green"))
try:
    Color("blue")
except ValueError as e:
    print(type(e).__name__ + ":", e)


class Junk(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return "junk"


try:
    Junk(2)
except TypeError as e:
    print(type(e).__name__ + ":", e, "| context:", type(e.__context__).__name__, e.__context__)


class Raises(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        raise KeyError("nope %r" % value)


try:
    Raises(5)
except KeyError as e:
    print(type(e).__name__ + ":", e, "| context:", e.__context__)


class Default(Enum):
    UNKNOWN = 0
    ONE = 1

    @classmethod
    def _missing_(cls, value):
        return cls.UNKNOWN


print(Default(99), Default("x"), Default(1))


class Level(StrEnum):
    LOW = "low"
    HIGH = "high"

    @classmethod
    def _missing_(cls, value):
        return cls.__members__.get(str(value).upper())


print(Level("LOW"), Level("low"), repr(Level("HIGH")))
