# defaultdict's factory and __missing__, OrderedDict's order operations and equality
from collections import defaultdict, OrderedDict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups.default_factory)
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], "z" in nested)
plain = defaultdict()
try:
    plain["k"]
except KeyError as e:
    print("KeyError", e)
print(repr(defaultdict(None)))
copy = groups.copy()
print(type(copy).__name__, copy == groups, copy is groups)
try:
    defaultdict(3)
except TypeError as e:
    print("TypeError:", e)

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od)
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od.keys()))
print(od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict([("x", 1), ("y", 2)])
o2 = OrderedDict([("y", 2), ("x", 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == {"y": 2, "x": 1})
print(list(reversed(o1)))
o1.update(z=3)
print(o1, o1.setdefault("w", 0), o1.pop("x"))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
print(OrderedDict.fromkeys("ab", 0))
