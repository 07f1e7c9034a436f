# pprint: tuples (incl. 1-tuples), nested lists/tuples/sets/frozensets, dict views, empty containers at narrow widths
import pprint
data = [(1,), (), [()], ((1, 2), (3,)), {1, 2}, frozenset({3}), set(), frozenset(), [[]], {}, {"e": {}}]
print(pprint.pformat(data)); print(pprint.pformat(data, width=12))
nested = {"matrix": [[i * j for j in range(6)] for i in range(4)], "pairs": [(n, n ** 2) for n in range(5)], "tags": {20, 10}}
print(pprint.pformat(nested, width=40))
print(pprint.pformat(nested, width=40, compact=True))
print(pprint.pformat(nested, indent=3, width=45))
d = {"b": 2, "a": 1, "c": [1] * 30}
print(pprint.pformat(d.keys()), pprint.pformat(d.values(), width=30))
print(pprint.pformat(d.items(), width=40))
print(pprint.pformat({"x": set(range(20))}, width=30), pprint.pformat(frozenset(range(15)), width=20))
print(pprint.pformat(((((((1,),),),),),), width=5))
print(pprint.pformat([1, [2, [3, [4, [5]]]]], depth=3), pprint.pformat((1, (2, (3,))), depth=2), pprint.pformat({"a": {"b": {}}}, depth=1))
print(pprint.pformat(range(10)), pprint.pformat([range(3), slice(1, 2), None, ..., NotImplemented]))
