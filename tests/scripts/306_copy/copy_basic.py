# copy.copy and copy.deepcopy on builtin containers and atomic values
import copy

for v in [None, 1, 2.5, True, 3j, "s", b"b", (1, 2), frozenset({1}), range(3), len, Ellipsis, NotImplemented, int]:
    print(repr(v), copy.copy(v) is v, copy.deepcopy(v) is v)

l = [1, [2, 3], {"a": [4]}]
c = copy.copy(l)
print(c == l, c is l, c[1] is l[1])
d = copy.deepcopy(l)
print(d == l, d is l, d[1] is l[1], d[2]["a"] is l[2]["a"])

dct = {"x": [1], "y": (2, [3])}
c = copy.copy(dct)
print(c, c is dct, c["x"] is dct["x"])
d = copy.deepcopy(dct)
print(d, d["x"] is dct["x"], d["y"] is dct["y"], d["y"][1] is dct["y"][1])

s = {1, 2, 3}
print(sorted(copy.copy(s)), copy.copy(s) is s, sorted(copy.deepcopy(s)), copy.deepcopy(s) is s)
fs = frozenset({(1, 2), (3, 4)})
print(sorted(copy.deepcopy(fs)), type(copy.deepcopy(fs)).__name__)
ba = bytearray(b"xy")
print(copy.copy(ba), copy.copy(ba) is ba, copy.deepcopy(ba), copy.deepcopy(ba) is ba)

# tuples: kept when nothing inside changed
t = (1, "a", (2, 3))
print(copy.deepcopy(t) is t)
t2 = (1, [2])
dt = copy.deepcopy(t2)
print(dt, dt is t2, dt[1] is t2[1])

sl = slice(1, [2], 3)
print(copy.copy(sl) is sl, copy.deepcopy(sl), copy.deepcopy(sl).stop is sl.stop)

def f():
    return 1
print(copy.copy(f) is f, copy.deepcopy(f) is f)
print(copy.deepcopy([f, len])[0] is f)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
print(sorted(copy.__all__))
