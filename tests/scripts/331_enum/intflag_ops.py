# IntFlag operators: |, &, ^, ~ with members and plain ints give flags; arithmetic gives plain ints.
from enum import IntFlag


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


RW = Perm.R | Perm.W
print(repr(RW), RW is Perm(6), RW + 1, RW * 2, type(RW + 1).__name__)
print(repr(Perm.R | 8), repr(Perm.R | 1), repr(1 | Perm.R), repr(Perm.R & 6), repr(6 & Perm.W), repr(Perm.X ^ 3))
print(repr(~Perm.R), repr(~RW), repr(~Perm(0)), repr(~Perm(7)), ~Perm.R == 3)
print(Perm.R > Perm.W, Perm.R == 4, Perm.R - 1, -Perm.X)
mode = Perm.R
mode |= Perm.X
print(repr(mode), Perm.X in mode)
mode &= ~Perm.R
print(repr(mode))
