# auto(): default numbering, mixed with explicit values, custom _generate_next_value_, StrEnum and Flag auto.
from enum import Enum, StrEnum, Flag, IntEnum, auto


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print(list(Color))


class Mixed(Enum):
    A = 10
    B = auto()
    C = 20
    D = auto()


print([(m.name, m.value) for m in Mixed])


class AutoName(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name

    NORTH = auto()
    SOUTH = auto()


print(list(AutoName), AutoName("SOUTH"))


class Counted(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return (count + 1) * 100 + len(last_values)

    X = auto()
    Y = 7
    Z = auto()


print([(m.name, m.value) for m in Counted])


class Shade(StrEnum):
    LIGHT = auto()
    DARK_GRAY = auto()
    Custom = "CuStOm"


print(list(Shade), Shade.DARK_GRAY, repr(Shade.LIGHT), Shade.LIGHT == "light", Shade("CuStOm"))


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


print([(m.name, m.value) for m in Perm])


class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()


print(list(Level), Level.HIGH + 0)


class Tup(Enum):
    A = auto(), "first"
    B = auto(), "second"


print(Tup.A.value, Tup.B.value)
print(repr(auto()), repr(auto(5)))


class Given(Enum):
    A = auto(7)
    B = auto()


print(list(Given))
