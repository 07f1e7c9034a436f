# Counter: construction forms, missing keys, comparisons (<=, <, >=), update with mappings/iterables, copy, errors
from collections import Counter
import copy

print(Counter(), Counter([]), Counter({}), Counter("aa"), Counter({"a": 2}), Counter(a=2))
c = Counter("hello")
print(c["z"], "z" in c, len(c))
c.update("world")
c.update({"l": 10})
c.update(l=1)
print(c["l"], c["o"])
print(Counter(a=1) <= Counter(a=1, b=0), Counter(a=1) < Counter(a=1), Counter(a=1) < Counter(a=2))
print(Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=2, b=-1), Counter() <= Counter(a=-1))
print(Counter(a=1) == {"a": 1}, Counter(a=1) != Counter(a=1, b=0))
try:
    Counter(a=1) <= {"a": 2}
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    Counter("a", "b")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    Counter(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
cp = c.copy()
print(type(cp).__name__, cp == c, cp is c, copy.deepcopy(c) == c)
del c["nonexistent"]
print(c.pop("h"), c.get("h", "gone"))
print(Counter(self=1, iterable=2))
class Tally(Counter):
    pass
t = Tally("aab")
print(t, repr(t + t), type(t.copy()).__name__)
