# Enum basics: members, iteration order, lookups by value/name, reprs, str, format, len, identity.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(repr(Color.RED), str(Color.RED), Color.RED)
print(list(Color))
print(len(Color), repr(Color), Color)
print(Color(1), Color(3) is Color.BLUE, Color["GREEN"], Color(Color.RED))
print(Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_)
print(type(Color.RED).__name__, isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
print(Color.RED is Color["RED"] is Color(1))
print(f"{Color.RED}", "{:>12}|".format(Color.GREEN), format(Color.BLUE, "<10") + "|")
print(f"{Color.RED!r}", "%s and %r" % (Color.RED, Color.BLUE))
print([c.name for c in reversed(Color)])
print(Color.RED in Color, Color.RED == Color.RED, Color.RED != Color.GREEN)
print(Color.RED == 1, Color.RED.value == 1)
print(bool(Color.RED), bool(Color))
d = {Color.RED: "stop", Color.GREEN: "go"}
print(d[Color.RED], d.get(Color.BLUE, "?"))
print(sorted(Color, key=lambda c: c.value, reverse=True))
print(Color.__members__)
print(list(Color.__members__), len(Color.__members__), "RED" in Color.__members__)
print(Color.__name__, Color.__qualname__, Color.__module__)
print(Color._member_names_)
print({c: c.value for c in Color})
print(max(Color, key=lambda c: c.value))


class Empty(Enum):
    pass


print(list(Empty), len(Empty), repr(Empty))
