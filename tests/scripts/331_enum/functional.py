# functional API: Enum('Name', names) with strings, lists, pairs, dicts, start=, type=, module/qualname.
from enum import Enum, IntEnum, Flag, StrEnum, IntFlag

Animal = Enum("Animal", "ANT BEE CAT DOG")
print(list(Animal), repr(Animal), Animal.BEE.value, Animal(3), Animal.__qualname__)
Comma = Enum("Comma", "A, B,C")
print(list(Comma))
Listed = Enum("Listed", ["X", "Y"], start=10)
print(list(Listed))
Pairs = Enum("Pairs", [("ONE", 1), ("TWO", 2), ("UNO", 1)])
print(list(Pairs), Pairs.UNO, Pairs.__members__)
Mapped = Enum("Mapped", {"RED": "r", "GREEN": "g"})
print(list(Mapped), Mapped("g"))
Num = IntEnum("Num", "A B C")
print(list(Num), Num.C + 1, str(Num.B))
Perm = Flag("Perm", "R W X")
print(list(Perm), repr(Perm.R | Perm.X), repr(Perm))
IP = IntFlag("IP", "R W X")
print(list(IP), repr(IP(5)))
S = StrEnum("S", "ALPHA BETA")
print(list(S), S.ALPHA == "alpha")
T = Enum("T", "A B", type=int)
print(repr(T.A), T.B + 1, T.__mro__[1].__name__)
Q = Enum("Q", "A", module="mymod", qualname="Outer.Q")
print(Q.__module__, Q.__qualname__, repr(Q.A))
Tup = Enum("Tup", (("A", 1), ("B", 2)))
print(list(Tup))
try:
    Enum("Bad", "A B")("A", "C D")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    Animal("Ext", "X Y")
except TypeError as e:
    print(type(e).__name__ + ":", e)
