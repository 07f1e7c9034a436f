# Real Python enum: Enum members, auto, iteration, value lookup, unique, IntEnum, Flag, methods on enums
from enum import Enum, IntEnum, Flag, auto, unique
class Day(Enum):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 3
    THURSDAY = 4
    FRIDAY = 5
    SATURDAY = 6
    SUNDAY = 7
    @classmethod
    def favorite_day(cls):
        return cls.FRIDAY
    def is_weekend(self):
        return self in (Day.SATURDAY, Day.SUNDAY)
print(Day.MONDAY, repr(Day.MONDAY), Day.MONDAY.name, Day.MONDAY.value)
print(Day(3), Day["SUNDAY"], Day.favorite_day(), Day.SUNDAY.is_weekend(), len(Day))
print([d.name for d in Day if not d.is_weekend()])
print(Day.MONDAY == Day.MONDAY, Day.MONDAY is Day(1), Day.MONDAY == 1, isinstance(Day.MONDAY, Day))
class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    CRIMSON = 1
print(list(Color), Color.CRIMSON is Color.RED, list(Color.__members__))
class Size(IntEnum):
    S = 1
    M = 2
    L = 3
print(Size.M + 1, Size.L > Size.S, sorted([Size.L, Size.S]), int(Size.M), f"{Size.M}")
class Permission(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
rw = Permission.READ | Permission.WRITE
print(rw, Permission.READ in rw, Permission.EXECUTE in rw, bool(Permission(0)), rw & Permission.WRITE)
def handle(day):
    match day:
        case Day.SATURDAY | Day.SUNDAY:
            return "rest"
        case Day.MONDAY:
            return "ugh"
        case _:
            return "work"
print([handle(d) for d in Day])
try:
    Day(8)
except ValueError as e:
    print(e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
try:
    Day.MONDAY = 10
except Exception as e:
    print(type(e).__name__ + ':', e)
