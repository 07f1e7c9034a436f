# pprint: indent, depth, compact, underscore_numbers and constructor errors
import pprint

data = [list(range(12)), {"alpha": [1, [2, [3, [4]]]], "beta": ("x", "y")}, "end"]
for indent in (0, 1, 2, 4):
    print(pprint.pformat(data, indent=indent, width=30))
for depth in (1, 2, 3):
    print(pprint.pformat(data, depth=depth))
    print(pprint.pformat(data, depth=depth, width=20))
print(pprint.pformat({"a": {}, "b": [], "c": (), "d": {"e": 1}}, depth=1))
for width in (10, 25, 50):
    print(pprint.pformat(list(range(30)), compact=True, width=width))
    print(pprint.pformat([list(range(8)), "abc" * 5, list(range(3)), (1, 2)] * 2, compact=True, width=width))
print(pprint.pformat([[1, 2], [3, 4]] * 6, compact=True, width=20, indent=3))
print(pprint.pformat([10 ** 9, -1234567, 12, 3.5, True, {10000: 10 ** 6}], underscore_numbers=True))
print(pprint.pformat([10 ** 9] * 9, underscore_numbers=True, width=40))

class MyInt(int):
    pass

print(pprint.pformat([MyInt(1000000)], underscore_numbers=True))
for kwargs in ({"indent": -1}, {"depth": 0}, {"width": 0}, {"depth": -2}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print(type(e).__name__ + ":", e)
print(pprint.pformat([1, 2], width=-5), pprint.pformat("ab", indent="2"))
try:
    pprint.PrettyPrinter(width="wide")
except ValueError as e:
    print(type(e).__name__ + ":", e)
