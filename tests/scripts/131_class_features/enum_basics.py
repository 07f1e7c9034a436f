# Enum and IntEnum: iteration order, lookup by value and name, aliases, auto, Flag combinations
from enum import Enum, IntEnum, Flag, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(list(Color), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(Color.RED.name, Color.RED.value, repr(Color.GREEN))
print(sorted(Color.__members__))
class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()
print(Level.MID + 1, Level.HIGH > Level.LOW, sorted([Level.HIGH, Level.LOW]))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.W in rw, Perm.X in rw, bool(Perm.R & Perm.X))
try:
    Color(9)
except ValueError as e:
    print("ValueError:", e)
