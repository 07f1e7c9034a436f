# _order_ / __order__ checks, definition order vs value order, reversed(), sorting members by value.
from enum import Enum, Flag


class Good(Enum):
    _order_ = "RED GREEN BLUE"
    RED = 3
    GREEN = 1
    BLUE = 2


print(list(Good), "_order_" in Good.__dict__)

try:
    class Bad(Enum):
        _order_ = "RED BLUE GREEN"
        RED = 1
        GREEN = 2
        BLUE = 3
except TypeError as e:
    print(type(e).__name__ + ":", e)


class WithAlias(Enum):
    _order_ = "A B"
    A = 1
    B = 2
    C = 1


print(list(WithAlias))


class F(Flag):
    _order_ = "X Y"
    X = 1
    Y = 2
    XY = 3


print(list(F), repr(F.XY))
print(list(reversed(Good)), sorted(Good, key=lambda m: m.value))
