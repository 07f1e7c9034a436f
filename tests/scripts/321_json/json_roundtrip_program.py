# realistic: JSON round-trip of nested project data with custom encoding of dates/sets, versioned decoding, and diffing
import json
class Date:
    def __init__(self, y, m, d): self.y, self.m, self.d = y, m, d
    def __eq__(self, o): return isinstance(o, Date) and (self.y, self.m, self.d) == (o.y, o.m, o.d)
    def __repr__(self): return f"Date({self.y}, {self.m}, {self.d})"
class ProjectEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Date):
            return {"$date": f"{o.y:04d}-{o.m:02d}-{o.d:02d}"}
        if isinstance(o, (set, frozenset)):
            return {"$set": sorted(o)}
        return super().default(o)
def decode_hook(d):
    if "$date" in d:
        return Date(*map(int, d["$date"].split("-")))
    if "$set" in d:
        return set(d["$set"])
    return d
project = {
    "name": "weft", "version": [0, 9, 1], "created": Date(2024, 1, 15),
    "owners": {"alice", "bob"}, "budget": 12500.75, "active": True, "parent": None,
    "milestones": [
        {"title": "parser", "due": Date(2024, 3, 1), "done": True, "tags": {"core"}},
        {"title": "stdlib: re/json", "due": Date(2024, 6, 30), "done": False, "tags": {"lib", "core"}, "notes": "needs \"quotes\" & ünïcode"},
    ],
    "metrics": {"loc": 10**6 + 1, "ratio": 0.1 + 0.2, "empty": {}, "list": []},
}
text = json.dumps(project, cls=ProjectEncoder, indent=2, sort_keys=True)
print(text)
back = json.loads(text, object_hook=decode_hook)
print(back == project, back["milestones"][1]["due"], sorted(back["milestones"][1]["tags"]))
compact = json.dumps(project, cls=ProjectEncoder, separators=(",", ":"), sort_keys=True, ensure_ascii=False)
print(len(compact), len(text), json.loads(compact, object_hook=decode_hook) == back)
def diff(a, b, path="$"):
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a: print("added  ", f"{path}.{k}")
            elif k not in b: print("removed", f"{path}.{k}")
            else: diff(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)): diff(x, y, f"{path}[{i}]")
    elif a != b:
        print("changed", path, json.dumps(a, cls=ProjectEncoder), "->", json.dumps(b, cls=ProjectEncoder))
edited = json.loads(text, object_hook=decode_hook)
edited["milestones"][1]["done"] = True; edited["version"][2] = 2; del edited["parent"]; edited["metrics"]["new"] = 1
diff(back, edited)
