# json.dumps: indent/separators/sort_keys combinations on nested data, including empty containers and tuples
import json
data = {"b": [1, {"y": [], "x": {}}, (2, 3)], "a": {"k": [[]], "j": [{}]}, "c": "s"}
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=1, sort_keys=True))
print(json.dumps(data, indent="--", separators=(";", "=")))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, 2], indent=3, separators=(" ,", " : ")))
print(json.dumps({"a": 1}, indent=2, separators=(",", ": ")), json.dumps([[1, 2], [3]], indent=""))
print(repr(json.dumps([1, [2]], indent=2)), repr(json.dumps({"a": [1]}, indent=True)))
for sep in [(",",), "ab", None]:
    try:
        print(json.dumps([1, 2], separators=sep))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    json.dumps({"b": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"z": 1, "a": {"y": 2, "b": 3}}, sort_keys=True, indent=0))
print(json.dumps({1: 1, 10: 2, 2: 3}, sort_keys=True), json.dumps({"B": 1, "a": 2, "_": 3}, sort_keys=True))
