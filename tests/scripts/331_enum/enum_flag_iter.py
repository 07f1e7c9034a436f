# enum: Flag membership tests, iteration over combined flags, len, bool, ~ inversion, aliases for multi-bit values.
from enum import Flag, IntFlag, auto
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
    ALL = R | W | X
print(list(Perm), [m.name for m in Perm.__members__.values()])
rw = Perm.R | Perm.W
print(rw, rw is Perm.RW, list(rw), len(rw), len(Perm.ALL), len(Perm(0)))
print(Perm.R in rw, Perm.X in rw, Perm.RW in Perm.ALL, Perm(0) in rw)
print(~Perm.R, ~Perm.ALL, ~Perm(0), bool(Perm(0)), bool(Perm.X))
print(Perm.ALL & ~Perm.W, Perm.ALL ^ Perm.R, Perm.R ^ Perm.R)
print(Perm(5), Perm(7), list(Perm(6)))
try:
    Perm.R in 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Bits(IntFlag):
    A = 1
    B = 2
    C = 8
print(list(Bits(11)), Bits(11), Bits.A | 4, list(Bits(3)), Bits(3) == 3, ~Bits.A)
print(Bits.A in Bits(3), Bits.C in Bits(3))
try:
    1 in Bits(3)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(sorted(Perm, key=lambda m: -m.value))
print(Perm._member_names_)
