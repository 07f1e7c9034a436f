# MappingProxyType as class __dict__ and over other mappings (OrderedDict, UserDict-like), comparisons and copies
from types import MappingProxyType
from collections import OrderedDict, Counter
import copy

class K:
    a = 1
cd = K.__dict__
print(type(cd).__name__, cd["a"], "a" in cd, isinstance(cd, MappingProxyType))
try:
    cd["a"] = 2
except TypeError as e:
    print(type(e).__name__ + ":", e)
od = OrderedDict(z=1, y=2)
mp = MappingProxyType(od)
print(list(mp), mp.copy(), type(mp.copy()).__name__)
ct = MappingProxyType(Counter("aab"))
print(ct["a"], ct.get("q"), type(ct.copy()).__name__)
m = MappingProxyType({"x": [1]})
try:
    copy.copy(m)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(m == {"x": [1]}, {"x": [1]} == m, m != {"x": 2}, len(m), sorted(m.items()))
print(MappingProxyType(MappingProxyType({"n": 1})))
print(list(iter(MappingProxyType({1: 2, 3: 4}))), bool(MappingProxyType({})))
try:
    MappingProxyType()
except TypeError as e:
    print(type(e).__name__ + ":", e)
