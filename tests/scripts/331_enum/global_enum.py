# global_enum: members exported to the module, reprs name the module; global_str / global_flag_repr (IntFlag).
from enum import Enum, IntFlag, IntEnum, global_enum


@global_enum
class Mode(Enum):
    FAST = 1
    SLOW = 2


@global_enum
class Bits(IntFlag):
    A = 1
    B = 2
    C = 4


@global_enum
class Level(IntEnum):
    LO = 1
    HI = 2


print(repr(FAST), str(SLOW), FAST is Mode.FAST, Mode(2))
print(repr(A), repr(Bits(3)), repr(Bits(0)), str(Bits(5)), str(Bits(0)), str(C))
print(repr(LO), str(HI), format(HI), HI + 1)
