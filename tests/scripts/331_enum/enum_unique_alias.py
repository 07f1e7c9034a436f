# enum: @unique error listing aliases, alias lookup by name and value, __members__ mapping proxy, alias names.
from enum import Enum, IntEnum, unique
class Color(Enum):
    RED = 1
    CRIMSON = 1
    GREEN = 2
    LIME = 2
    BLUE = 3
print(list(Color), Color.CRIMSON, Color["LIME"], Color(1).name, Color.CRIMSON is Color.RED)
print(list(Color.__members__), len(Color), len(Color.__members__))
print([(n, m.name) for n, m in Color.__members__.items() if n != m.name])
try:
    unique(Color)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    @unique
    class Num(IntEnum):
        ONE = 1
        UNO = 1
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    Color.__members__["NEW"] = 5
except TypeError as e:
    print(type(e).__name__)
print(Color._value2member_map_ == {1: Color.RED, 2: Color.GREEN, 3: Color.BLUE})
print(Color.RED in Color, 1 in Color.__members__.values() if False else "skip")
print(unique(Enum("E", "A B")).__name__)
