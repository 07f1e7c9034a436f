# ChainMap as nested variable scopes: new_child per block, shadowing, assignment to local scope, parents lookup
from collections import ChainMap

builtins = {"print": "builtin-print", "len": "builtin-len"}
globals_ = {"x": 1, "y": 2}
scope = ChainMap(globals_, builtins)

def enter(scope, **local):
    return scope.new_child(local)

f1 = enter(scope, x=10)
f2 = enter(f1, z=30)
f2["y"] = 200
print(f2["x"], f2["y"], f2["z"], f2["len"], f1["y"], globals_["y"])
print(len(f2), sorted(f2), len(f2.maps))
print(f2.parents.parents is not scope, f2.parents.parents.maps == scope.maps)
def resolve(scope, name):
    for depth, m in enumerate(scope.maps):
        if name in m:
            return depth, m[name]
    raise NameError(f"name {name!r} is not defined")
for name in ("z", "x", "y", "print", "nope"):
    try:
        print(name, resolve(f2, name))
    except NameError as e:
        print(type(e).__name__ + ":", e)
print(repr(ChainMap({"a": 1}).new_child()), ChainMap().new_child().maps)
m = ChainMap({"k": 1}, {"k": 2})
m.maps.reverse()
print(m["k"], m)
m.maps.append({"extra": True})
print(m["extra"], list(m.keys()))
