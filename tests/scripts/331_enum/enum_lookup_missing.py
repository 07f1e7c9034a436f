# enum: value/name lookups, KeyError/ValueError texts, _missing_ returning members/None/wrong type.
from enum import Enum, IntEnum
class Size(Enum):
    SMALL = "s"
    LARGE = "l"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        if value == 99:
            return "wrong"
        return None
print(Size("S"), Size("l"), Size["SMALL"], getattr(Size, "LARGE"))
for v in ("x", 5, 99, None):
    try:
        print(Size(v))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e, type(e.__context__).__name__)
try:
    Size["small"]
except KeyError as e:
    print(type(e).__name__ + ":", e)
class Level(IntEnum):
    LOW = 1
    HIGH = 3
for v in (1, 1.0, True, 2, "1"):
    try:
        print(repr(Level(v)))
    except ValueError as e:
        print(type(e).__name__ + ":", e)
class Hard(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        raise KeyError("custom")
try:
    Hard(2)
except Exception as e:
    print(type(e).__name__ + ":", e, type(e.__context__).__name__)
