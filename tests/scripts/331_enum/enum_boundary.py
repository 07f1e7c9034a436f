# enum: Flag boundaries STRICT, CONFORM, EJECT, KEEP on out-of-range values, and FlagBoundary reprs.
from enum import Flag, IntFlag, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
class St(Flag, boundary=STRICT):
    A = 1
    B = 2
class Co(Flag, boundary=CONFORM):
    A = 1
    B = 2
class Ej(Flag, boundary=EJECT):
    A = 1
    B = 2
class Ke(Flag, boundary=KEEP):
    A = 1
    B = 2
for cls in (St, Co, Ej, Ke):
    for v in (3, 7, 8):
        try:
            r = cls(v)
            print(cls.__name__, v, repr(r), type(r).__name__)
        except ValueError as e:
            print(cls.__name__, v, type(e).__name__ + ":", e)
print(St._boundary_, Co._boundary_, Ej._boundary_, Ke._boundary_)
print(repr(STRICT), list(FlagBoundary))
class I(IntFlag):
    A = 1
print(I._boundary_, repr(I(5)), I(5) | 2)
print(IntFlag._boundary_)
print(repr(~Ke.A))
