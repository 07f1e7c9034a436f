# hashing and comparisons: members in sets/dicts, identity, equality across enums, ordering errors.
from enum import Enum, IntEnum


class A(Enum):
    X = 1
    Y = 2


class B(Enum):
    X = 1


class N(IntEnum):
    ONE = 1
    TWO = 2


print(A.X == B.X, A.X == 1, A.X is A(1), A.X != A.Y, hash(A.X) == hash(A.X))
print(len({A.X, A.Y, A.X, B.X}), A.X in {A.X: 1}, {A.X: 1, A.Y: 2}[A.Y])
print(sorted({A.Y, A.X}, key=lambda m: m.value), sorted([A.Y, A.X], key=lambda m: m.name))
for op in ("<", "<=", ">", ">="):
    try:
        eval("A.X %s A.Y" % op)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
print(N.ONE < N.TWO, N.ONE == 1, N.ONE in {1, 5}, 2 in {N.TWO}, N.TWO == 2.0, sorted([N.TWO, N.ONE]))
print(len({N.ONE, 1}), N(1) in [N.ONE], A.X in [A.X], A.X in [1], A.Y not in list(B))
print([m for m in A if m.value > 1], any(m is A.Y for m in A))
print(A.X.__class__ is A, type(A.X) is A, A.X.__objclass__ is A if hasattr(A.X, "__objclass__") else None)
