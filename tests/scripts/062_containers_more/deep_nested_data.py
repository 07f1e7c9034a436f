# walking JSON-like nested data: recursion over dicts/lists, flattening keys, counting leaf types
import json
doc = json.loads('{"user": {"name": "ann", "tags": ["a", "b"], "addr": {"city": "Oslo", "zip": null}}, "ids": [1, 2, [3, 4]], "ok": true}')
def flatten(obj, prefix=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from flatten(v, f"{prefix}.{k}" if prefix else k)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from flatten(v, f"{prefix}[{i}]")
    else:
        yield prefix, obj
flat = dict(flatten(doc))
for k, v in flat.items():
    print(f"{k:20} {v!r}")
types = {}
for v in flat.values():
    types[type(v).__name__] = types.get(type(v).__name__, 0) + 1
print(sorted(types.items()))
def depth(o):
    if isinstance(o, (dict, list)):
        items = o.values() if isinstance(o, dict) else o
        return 1 + max((depth(x) for x in items), default=0)
    return 0
print(depth(doc), depth([]), depth([[[]]]), doc["user"]["addr"].get("zip", "missing"), doc["ids"][2][-1])
print(json.dumps(doc["user"], sort_keys=True), json.dumps({"k": (1, 2)}))
