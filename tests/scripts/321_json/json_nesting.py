# json deep nesting: 300-level lists/dicts both directions, indent output of deep data, and mixed nesting round trip
import json
deep = []
cur = deep
for i in range(300):
    nxt = []
    cur.append(nxt)
    cur = nxt
s = json.dumps(deep)
print(len(s), s[:10], s[-10:], json.loads(s) == deep)
d = {}
cur = d
for i in range(300):
    cur["k"] = {}
    cur = cur["k"]
s = json.dumps(d)
print(len(s), json.loads(s) == d, s.count("{"))
print(json.dumps([[[1, [2]], {"a": [{"b": []}]}]], indent=1))
mixed = {"a": [1, {"b": [2, {"c": [3, {"d": None}]}]}]}
print(json.loads(json.dumps(mixed, indent=4)) == mixed, json.dumps(mixed, indent=4).count("\n"))
print(json.loads("[" * 50 + "]" * 50) == eval("[" * 50 + "]" * 50))
