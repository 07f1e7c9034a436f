# Flag members combined inside the class body (auto() values are already numbers there), zero and all-bits aliases.
from enum import Flag, auto


class Color(Flag):
    BLACK = 0
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), repr(Color.WHITE), repr(Color.BLACK), Color.WHITE.name, len(Color.WHITE))
print(list(Color.WHITE), repr(Color.RED | Color.GREEN), repr(~Color.RED), repr(~Color.WHITE))
print(sorted(Color.__members__), len(Color.__members__))
print(repr(Color(0)), Color(0) is Color.BLACK, repr(Color(7)), Color(7) is Color.WHITE)


class Num(Flag):
    ONE = auto()
    TWO = auto()
    BOTH = ONE | TWO
    FOUR = BOTH + 2


print([(m.name, m.value) for m in Num], repr(Num.BOTH), repr(Num.FOUR | Num.ONE))
