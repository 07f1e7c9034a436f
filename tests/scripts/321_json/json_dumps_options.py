# json.dumps flags: skipkeys with mixed keys, check_circular on/off for shared (non-circular) refs, key coercion
import json
shared = [1, 2]
print(json.dumps({"x": shared, "y": shared}), json.dumps([shared, shared], check_circular=False))
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps([[{"k": d}]])
except ValueError as e:
    print("ValueError:", e)
keys = {"s": 1, 2: 2, 3.5: 3, True: 4, None: 5, (1,): 6, b"b": 7, frozenset(): 8}
print(json.dumps(keys, skipkeys=True))
try:
    json.dumps(keys)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({b"k": 1})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({float("nan"): 1, float("inf"): 2, -0.0: 3}), json.dumps({10**20: "big"}))
try:
    json.dumps({float("inf"): 1}, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
class K(str): pass
class D(dict): pass
class L(list): pass
class T(tuple): pass
print(json.dumps({K("k"): D(a=L([T((1,))]))}), json.dumps(D(), indent=2), json.dumps(L(), indent=2))
import enum
class Color(enum.IntEnum):
    RED = 1
class Name(str, enum.Enum):
    A = "alpha"
print(json.dumps([Color.RED, {Color.RED: Name.A}]), json.dumps(Name.A))
for bad in [b"bytes", bytearray(1), 1j, ..., len]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
