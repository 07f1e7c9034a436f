# aliases: same value -> same member; __members__ lists aliases, iteration skips them; unique decorator.
from enum import Enum, unique


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape))
print(Shape.ALIAS_FOR_SQUARE, repr(Shape.ALIAS_FOR_SQUARE), Shape.ALIAS_FOR_SQUARE is Shape.SQUARE)
print(Shape(2), Shape["ALIAS_FOR_SQUARE"].name)
print([(name, m.name) for name, m in Shape.__members__.items()])
print([name for name, m in Shape.__members__.items() if m.name != name])
print(len(Shape), len(Shape.__members__))

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
except ValueError as e:
    print(type(e).__name__ + ":", e)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))


class Strs(Enum):
    x = "a"
    y = "b"
    z = "a"


print(list(Strs), Strs("a"), Strs.z)


class Nothing(Enum):
    NONE = None
    NIL = None
    ZERO = 0


print(list(Nothing), Nothing.NIL is Nothing.NONE, Nothing(None), repr(Nothing.NIL))
