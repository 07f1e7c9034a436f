# pprint: pformat/pprint/pp of flat and nested lists, tuples and dicts at several widths
import pprint

data = {"name": "widget", "tags": ["red", "green", "blue"], "dims": (10, 20, 30),
        "nested": {"a": [1, 2, {"deep": (None, True, 3.5)}], "b": {}}, "empty": [], "t1": (1,)}
for width in (1, 20, 40, 60, 80, 200):
    print("width", width)
    print(pprint.pformat(data, width=width))
pprint.pprint(list(range(40)))
pprint.pprint([list(range(i)) for i in range(8)], width=30)
pprint.pprint(tuple(range(30)), width=50)
pprint.pprint(((1,), (), [()], [[]], {}, ("a", ("b", ("c",)))), width=10)
pprint.pp({"z": 1, "a": 2, "m": [3] * 30})
pprint.pprint({"z": 1, "a": 2, "m": [3] * 30})
pprint.pprint({"z": 1, "a": 2, "m": [3] * 30}, sort_dicts=False)
print(pprint.pformat({3: "c", 1: "a", 2: "b"}, width=5))
print(pprint.pformat({(1, 2): [1, 2], (0, 5): None, (1,): "x" * 70}))
print(pprint.pformat([{"k": i, "v": str(i) * i} for i in range(6)], width=35))
print(pprint.pformat([1, 2.5, -3, 1e100, 2j, None, True, ...]))
print(pprint.pformat([[[[[["deep"]]]]]], width=8))
