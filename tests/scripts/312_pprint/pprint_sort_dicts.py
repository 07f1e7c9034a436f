# pprint: sort_dicts on/off, unorderable mixed-type keys, pp() defaulting to insertion order, nested dict widths
import pprint
d = {"zeta": 1, "alpha": [3, 2, 1], "mid": {"y": 1, "x": 2}, "beta": None}
print(pprint.pformat(d)); print(pprint.pformat(d, sort_dicts=False)); print(pprint.pformat(d, width=20, sort_dicts=False))
pprint.pp(d, width=30)
pprint.pp(d, width=30, sort_dicts=True)
mixed = {3: "int", "s": "str", 1.5: "float", None: "none", (1, 2): "tuple", b"b": "bytes", 2: "two"}
print(pprint.pformat(mixed))
print(pprint.pformat(mixed, width=30))
print(pprint.pformat({-1: "a", True: "b", 0.5: "c"}), pprint.pformat({frozenset({1}): 1, frozenset(): 2}))
print(pprint.pformat({i: {j: j * i for j in range(3)} for i in range(4)}, width=35))
pprint.pprint({"k": list(range(25))}, sort_dicts=False, width=40)
