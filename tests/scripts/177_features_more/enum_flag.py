# enum.Flag and IntFlag: combining, membership, iteration, negation
from enum import Flag, IntFlag, auto

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

rw = Perm.R | Perm.W
print(rw, rw is Perm.RW, Perm.R in rw, Perm.X in rw)
print(list(Perm.RW), [m.name for m in Perm])
print(Perm.R | Perm.W | Perm.X, (Perm.R | Perm.X).value)
print(~Perm.R, bool(Perm(0)), Perm(0))
print(rw & Perm.W, rw ^ Perm.R)

class Mode(IntFlag):
    A = 1
    B = 2
    C = 4

m = Mode.A | Mode.C
print(m, int(m), m | 8, Mode(3), m & 4)
print(Mode.B in Mode(7), isinstance(m, int), repr(Mode.A | Mode.B))
print(len(Perm.RW), len(Perm(0)))
