# enum: auto() with custom _generate_next_value_, in mixins, after explicit values, and StrEnum lower-casing.
from enum import Enum, StrEnum, IntEnum, Flag, auto
class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f"{name.lower()}-{count}-{len(last_values)}"
    NORTH = auto()
    SOUTH = auto()
    FIXED = "x"
    EAST = auto()
print([m.value for m in Named])
class Seq(IntEnum):
    A = 10
    B = auto()
    C = 20
    D = auto()
print([(m.name, m.value) for m in Seq])
class Txt(StrEnum):
    FirstThing = auto()
    SECOND = auto()
print([m.value for m in Txt], Txt.SECOND == "second")
class Pow(Flag):
    A = auto()
    B = 8
    C = auto()
print([(m.name, m.value) for m in Pow])
class Tuple(Enum):
    X = auto(), "desc"
print(Tuple.X.value[1], type(Tuple.X.value[0]).__name__ if not isinstance(Tuple.X.value[0], int) else "int")
class Base(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
class Child(Base):
    AB = auto()
    CD = auto()
print([m.value for m in Child])
class S2(Enum):
    A = 1.5
    B = auto()
print(S2.B.value)
