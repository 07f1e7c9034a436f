# dumps with indent (int, str, 0, negative, None) and separators
import json

data = {"name": "x", "list": [1, [2, 3], {}, [], {"k": None}], "obj": {"a": {"b": [True]}}}
for ind in [None, 0, 1, 4, "", "\t", "--", -3]:
    print("indent", repr(ind))
    print(json.dumps(data, indent=ind))
print(json.dumps(data, indent=2, separators=(", ", ": ")))
print(json.dumps(data, indent=2, separators=(",", ":")))
print(json.dumps([1, 2, 3], indent=None, separators=(",", ":")))
print(json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.dumps([[[]]], indent=2))
print(json.dumps("str", indent=2), json.dumps(5, indent=2))
print(json.dumps((1, (2,)), indent=1))
e = json.JSONEncoder(indent=3)
print(repr(e.item_separator), repr(e.key_separator), e.indent)
e = json.JSONEncoder()
print(repr(e.item_separator), repr(e.key_separator), e.indent)
e = json.JSONEncoder(separators=(";", "=>"), indent=1)
print(repr(e.item_separator), repr(e.key_separator))
print(e.encode({"a": [1, 2]}))
