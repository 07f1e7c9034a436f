# enum: the default boundary of Flag in 3.11.2 is CONFORM, so undeclared bits are dropped, not rejected.
from enum import Flag, STRICT
print(Flag._boundary_)
class Plain(Flag):
    A = 1
    B = 2
try:
    print(Plain._boundary_, repr(Plain(7)), repr(Plain(8)))
except ValueError as e:
    print(type(e).__name__ + ":", e)
