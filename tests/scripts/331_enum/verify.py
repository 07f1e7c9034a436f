# verify() with UNIQUE, CONTINUOUS, NAMED_FLAGS; EnumCheck members; error texts.
from enum import Enum, Flag, IntFlag, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, EnumCheck


def attempt(make):
    try:
        cls = make()
        print("ok", list(cls))
    except ValueError as e:
        print(type(e).__name__ + ":", e)
    except TypeError as e:
        print(type(e).__name__ + ":", e)


def unique_bad():
    @verify(UNIQUE)
    class Color(Enum):
        RED = 1
        GREEN = 2
        CRIMSON = 1
        LIME = 2
    return Color


def continuous_bad():
    @verify(CONTINUOUS)
    class Color(Enum):
        RED = 1
        GREEN = 2
        BLUE = 5
    return Color


def continuous_ok():
    @verify(CONTINUOUS, UNIQUE)
    class Color(Enum):
        RED = 3
        GREEN = 2
        BLUE = 1
    return Color


def continuous_flag_bad():
    @verify(CONTINUOUS)
    class F(Flag):
        A = 1
        B = 8
    return F


def named_flags_bad():
    @verify(NAMED_FLAGS)
    class Color(Flag):
        RED = 1
        GREEN = 2
        BLUE = 4
        WHITE = 15
        NEON = 31
    return Color


def named_flags_one():
    @verify(NAMED_FLAGS)
    class Color(IntFlag):
        RED = 1
        GREEN = 2
        ALL = 7
    return Color


def not_enum():
    @verify(UNIQUE)
    class Plain:
        pass
    return Plain


for make in (unique_bad, continuous_bad, continuous_ok, continuous_flag_bad, named_flags_bad, named_flags_one,
             not_enum):
    attempt(make)
print(list(EnumCheck), repr(UNIQUE), str(CONTINUOUS), NAMED_FLAGS == "multi-flag aliases may not contain unnamed flags")
