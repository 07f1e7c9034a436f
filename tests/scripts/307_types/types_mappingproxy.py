# types.MappingProxyType: a live read-only view with dict-like reads and TypeErrors on writes
from types import MappingProxyType

d = {"a": 1, "b": 2}
m = MappingProxyType(d)
print(repr(m), str(m), m)
print(len(m), m["a"], "a" in m, "z" in m, list(m), m.get("z"), m.get("z", 0), m.get("b"))
print(list(m.keys()), list(m.values()), list(m.items()), list(reversed(m)))
d["c"] = 3
print(m, len(m))
c = m.copy()
c["x"] = 1
print(type(c).__name__, m == d, m != d, m == {"a": 1})
print(m | {"d": 4}, {"z": 0} | m, m | MappingProxyType({"e": 5}))
print(type(m).__name__, MappingProxyType)

try:
    m["a"] = 10
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    del m["a"]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    m |= {"q": 1}
except TypeError as e:
    print(type(e).__name__ + ":", e)
for bad in [[("a", 1)], (1, 2), 5, None]:
    try:
        MappingProxyType(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    m["nope"]
except KeyError as e:
    print(type(e).__name__ + ":", e)
try:
    hash(m)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    m.pop("a")
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    m.extra = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(d)

class Table:
    def __init__(self):
        self._rows = {}
    @property
    def rows(self):
        return MappingProxyType(self._rows)
    def add(self, k, v):
        self._rows[k] = v
t = Table()
view = t.rows
t.add("r1", 10)
print(view, dict(view), sorted(view.items()))
