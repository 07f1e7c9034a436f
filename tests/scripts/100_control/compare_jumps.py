# `if a < b:` and `while i < n:` between locals and constants (fused when both are ints or floats): every
# operator both ways, mixed int/float, NaN, big ints, strs and objects with their own comparisons (the
# general path), and a comparison that raises.
import math

nan = float("nan")
values = [0, 1, -1, 2.5, -0.0, nan, 2 ** 70, True]
for a in values:
    row = []
    for b in values:
        r = 0
        if a < b:
            r |= 1
        if a <= b:
            r |= 2
        if a == b:
            r |= 4
        if a != b:
            r |= 8
        if a > b:
            r |= 16
        if a >= b:
            r |= 32
        if not a < b:
            r |= 64
        row.append(r)
    print(a, row)


def count_up(n):
    i = 0
    while i < n:
        i += 1
    return i


def consts(x):
    out = []
    if x < 10:
        out.append("lt10")
    if x >= 2.5:
        out.append("ge2.5")
    if x == 3:
        out.append("eq3")
    if x != 0.0:
        out.append("ne0")
    return out


print(count_up(10), count_up(0), count_up(2.5), count_up(-3))
print([consts(x) for x in (0, 3, 3.0, 2.5, 10, nan, 2 ** 80)])
for s in ("apple", "pear", "fig"):
    limit = "orange"
    if s < limit:
        print(s, "before", limit)
    else:
        print(s, "after", limit)


class Version:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n


v1, v2 = Version(1), Version(2)
if v1 < v2:
    print("v1 < v2")
while v2 < v1:
    print("never")


def unbound(flag):
    if flag:
        late = 1
    if late < 5:
        return "small"


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    x = 1
    if x < "a":
        pass
except TypeError as e:
    print("TypeError:", e)
