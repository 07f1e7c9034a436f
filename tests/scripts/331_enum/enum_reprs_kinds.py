# enum: repr/str/format/f-string of Enum, IntEnum, StrEnum, Flag, IntFlag members, including combos and zero.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto
class C(Enum):
    RED = 1
    GREEN = "g"
class N(IntEnum):
    ONE = 1
    TWO = 2
class S(StrEnum):
    A = "alpha"
class F(Flag):
    R = 1
    W = 2
    X = 4
class P(IntFlag):
    R = 4
    W = 2
for m in (C.RED, C.GREEN, N.TWO, S.A, F.R, F.R | F.X, F(0), P.R, P.R | P.W, P(0), P(9)):
    print(repr(m), str(m), format(m), f"{m}", f"{m!r}", f"{m:>12}|")
print(f"{N.ONE:03d}", f"{N.TWO:x}", f"{S.A:^9}|", f"{P.R | P.W:b}")
print(repr(C), repr(F), str(N), C.RED.name, C.GREEN.value, (F.R | F.W).name, F(0).name)
print(N.ONE + 1, N.TWO * 3, S.A.upper(), S.A + "!", P.R + 0)
