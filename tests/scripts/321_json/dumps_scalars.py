# dumps of scalars: floats as float.__repr__, ints, subclasses, constants, top-level strings
import json

for v in [0, -1, 10**30, -10**25, 0.1, 1.0, -0.0, 1e16, 1e-7, 123456789.125, 1e308, 5e-324,
          2.0**60, float("nan"), float("inf"), -float("inf"), True, False, None, "", "plain"]:
    print(repr(v), "->", json.dumps(v))

class MyInt(int):
    def __repr__(self):
        return "MyInt!"
    def __str__(self):
        return "str-MyInt"

print(json.dumps([MyInt(7), {"k": MyInt(3)}]))
print(json.dumps({MyInt(5): MyInt(-2)}, indent=1))

class Flag(int):
    pass

print(json.dumps([Flag(1), Flag(0)]))
print(json.dumps((1, (2, 3), [])))
print(json.dumps([[], {}, [[]], [{}]]))
print(json.dumps({"a": (1, 2)}, separators=(",", ":")))
print(json.dumps([1, 2], separators=(" , ", " : ")))
print(json.dumps({"x": 1, "y": [1, 2]}, separators=("|", "=")))

class MyStr(str):
    pass

class MyDict(dict):
    pass

class MyList(list):
    pass

print(json.dumps(MyDict(a=MyList([MyStr("s"), 1]))))
print(json.dumps(MyStr("top")))
