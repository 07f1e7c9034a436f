# enum: StrEnum, member methods/classmethods, _generate_next_value_, Enum functional API, aliases in __members__
from enum import Enum, StrEnum, IntEnum, auto, Flag

class Dir(StrEnum):
    NORTH = auto()
    SOUTH = auto()
print(Dir.NORTH, Dir.NORTH == "north", Dir("south").name, Dir.NORTH.upper(), f"{Dir.SOUTH}")

class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    ALPHA = auto()
    BETA = auto()
print([m.value for m in Named])

Animal = Enum("Animal", "CAT DOG BIRD")
print(list(Animal), Animal.DOG.value, Animal(3).name)
Shape = Enum("Shape", [("SQ", 4), ("TRI", 3)])
print(Shape.TRI.value, Shape(4))

class Size(Enum):
    S = 1
    SMALL = 1
    M = 2
    @classmethod
    def biggest(cls):
        return max(cls, key=lambda m: m.value)
    def describe(self):
        return f"{self.name}={self.value}"
print(list(Size.__members__), [m.name for m in Size], Size.SMALL.name, Size.biggest().describe())
print(Size.M in Size, hash(Size.S) == hash(Size.SMALL), Size.S is Size(1))
d = {Size.S: "s", Size.M: "m"}
print(d[Size.SMALL], sorted(m.name for m in d))
class Lvl(IntEnum):
    A = 1
    B = 2
print(list(range(Lvl.B)), ["x", "y", "z"][Lvl.A], Lvl.A.__class__.__name__, type(Lvl.B + 0).__name__)
print(Size.M.__class__ is Size, isinstance(Size.M, Enum), Dir.NORTH.value, len(Size), repr(Dir.SOUTH))
