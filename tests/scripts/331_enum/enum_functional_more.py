# enum: functional API variants (comma strings, start, dict values, Flag/StrEnum types), reprs and errors.
from enum import Enum, IntEnum, Flag, StrEnum, IntFlag
A = Enum("A", "x, y ,z")
print(list(A), A.z.value)
B = IntEnum("B", ["p", "q"], start=10)
print(list(B), B.q + 1)
C = Enum("C", {"ONE": "1", "TWO": [2]})
print(list(C), C.TWO.value)
F = Flag("F", "R W X")
print(list(F), F.R | F.X, F(7))
S = StrEnum("S", ["get", "post"])
print(list(S), S.get == "get")
I = IntFlag("I", [("A", 1), ("B", 4)])
print(I(5), repr(I(5)), repr(I(2)))
G = Enum("G", "a b", start=0)
print([m.value for m in G])
class Sub(Enum):
    pass
Kid = Sub("Kid", "k1 k2")
print(list(Kid), issubclass(Kid, Sub))
try:
    A("Extra", "e")
except TypeError as e:
    print(type(e).__name__ + ":", e)
for names in ("mro", "_sunder_", "_private"):
    try:
        print(list(Enum("Bad", names)))
    except ValueError as e:
        print(type(e).__name__ + ":", e)
print(A.__module__ == __name__, Enum("Q", "a", module="mymod").__module__, Enum("Q", "a", qualname="X.Q").__qualname__)
