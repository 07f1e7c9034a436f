# namedtuple field specs: comma/space strings, rename of invalid names, defaults alignment, _field_defaults, module
from collections import namedtuple

A = namedtuple("A", "x, y  z")
print(A._fields, A(1, 2, 3))
R = namedtuple("R", ["ok", "1bad", "with space", "_under", "ok", "class", "ok2"], rename=True)
print(R._fields)
D = namedtuple("D", "a b c", defaults=(2, 3))
print(D(1), D(1, c=9), D._field_defaults, D.__new__.__defaults__)
E = namedtuple("E", "a b", defaults=iter([5]))
print(E(0), E._field_defaults)
try:
    namedtuple("F", "a b", defaults=(1, 2, 3))
except TypeError as e:
    print(type(e).__name__ + ":", e)
for bad in (["_x"], ["9a"], ["a-b"], ["def"]):
    try:
        namedtuple("G", bad)
    except ValueError as e:
        print(type(e).__name__ + ":", e)
for badname in ("1T", "for", "a b"):
    try:
        namedtuple(badname, "x")
    except ValueError as e:
        print(type(e).__name__ + ":", e)
M = namedtuple("M", "a", module="mymod")
print(M.__module__, M.__qualname__)
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields, len(Empty()))
print(namedtuple("P", ("a", "b"))(b=2, a=1))
