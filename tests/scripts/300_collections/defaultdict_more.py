# defaultdict: get()/in don't call the factory, __missing__ direct call, setdefault, repr of factories, | operator
from collections import defaultdict

calls = []
def factory():
    calls.append(1)
    return len(calls)
d = defaultdict(factory)
print(d.get("a"), "a" in d, len(calls))
print(d["a"], d["b"], d["a"], calls)
print(d.__missing__("c"), dict(d))
print(d.setdefault("z", 99), d.pop("z"))
print(repr(defaultdict(int, {1: 2})), repr(defaultdict(list)))
print(repr(defaultdict(factory)).startswith("defaultdict(<function factory at "))
x = defaultdict(int, a=1) | {"b": 2}
print(type(x).__name__, x, x.default_factory)
y = {"q": 0} | defaultdict(str, a=1)
print(type(y).__name__, y)
x |= {"c": 3}
print(x)
d2 = defaultdict(list)
d2.default_factory = set
d2["k"].add(1)
print(d2)
d2.default_factory = None
try:
    d2["missing"]
except KeyError as e:
    print(type(e).__name__ + ":", e)
try:
    d2.default_factory = 5
    print("factory now", d2.default_factory)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(defaultdict(int, [("a", 1)]) == {"a": 1}, isinstance(defaultdict(), dict))
cp = defaultdict(list, a=[1])
import copy
print(copy.copy(cp).default_factory is list, copy.deepcopy(cp)["a"] is cp["a"])
