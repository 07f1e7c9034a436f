# ChainMap: writes/deletes hit only the first map, parents/new_child(kwargs), iteration order, | operator, errors
from collections import ChainMap

a, b, c = {"x": 1}, {"x": 2, "y": 3}, {"z": 4, "y": 5}
cm = ChainMap(a, b, c)
print(list(cm), list(cm.values()), list(cm.items()))
print(cm.get("y"), cm.get("w", 0), "z" in cm, len(cm))
cm["y"] = 30
print(a, b)
try:
    del cm["z"]
except KeyError as e:
    print(type(e).__name__ + ":", e)
try:
    cm.pop("z")
except KeyError as e:
    print(type(e).__name__ + ":", e)
print(cm.pop("y"), cm.pop("nope", "d"), a)
print(cm.parents, cm.parents.parents.maps == [c])
child = cm.new_child(x=100)
print(child["x"], child.maps[0], len(child.maps))
print(ChainMap().maps, ChainMap()["k"] if False else "empty ok")
try:
    ChainMap()["k"]
except KeyError as e:
    print(type(e).__name__ + ":", e)
try:
    ChainMap().popitem()
except KeyError as e:
    print(type(e).__name__ + ":", e)
m = ChainMap({"a": 1}) | {"b": 2}
print(type(m).__name__, m)
print({"q": 0} | ChainMap({"a": 1}, {"b": 2}))
cm2 = ChainMap({}, {"k": 1})
cm2 |= {"n": 2}
print(cm2, cm2.copy().maps[1] is cm2.maps[1], bool(ChainMap({})), bool(ChainMap({}, {"a": 0})))
cm2.clear()
print(cm2, ChainMap({"a": 1}) == {"a": 1}, dict.fromkeys("ab") == ChainMap.fromkeys("ab"))
