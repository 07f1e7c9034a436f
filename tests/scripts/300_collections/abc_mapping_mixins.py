# subclassing Mapping / MutableMapping: mixin methods keys/items/values/get/eq/pop/popitem/setdefault/update/clear
from collections.abc import Mapping, MutableMapping, KeysView, ItemsView, ValuesView

class CaseInsensitive(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

ci = CaseInsensitive({"A": 1}, B=2)
ci.update([("C", 3)])
print(ci["a"], ci.get("B"), ci.get("Q", 0), "c" in ci, len(ci), list(ci))
print(type(ci.keys()).__name__, list(ci.items()), list(ci.values()), isinstance(ci.keys(), KeysView))
print(ci.keys() & {"a", "z"}, ci.items() - {("a", 1)} == {("b", 2), ("c", 3)}, 2 in ci.values())
print(ci.pop("A"), ci.pop("zz", None), ci.setdefault("D", 4), ci.setdefault("d", 99), ci.popitem())
try:
    ci.pop("nope")
except KeyError as e:
    print(type(e).__name__ + ":", e)
print(ci == {"c": 3, "d": 4}, ci != {"c": 3}, ci == [1])
ci.clear()
try:
    ci.popitem()
except KeyError as e:
    print(type(e).__name__ + ":", repr(e))
print(len(ci), repr(ci.keys()).startswith("KeysView("), ci.__hash__ is None)

class Ro(Mapping):
    def __getitem__(self, k):
        if k in ("x", "y"):
            return ord(k)
        raise KeyError(k)
    def __iter__(self):
        return iter("xy")
    def __len__(self):
        return 2
r = Ro()
print(dict(r), r.get("x"), "z" in r, r == {"x": 120, "y": 121}, sorted(r.items()), hasattr(r, "pop"))
print(isinstance(r.items(), ItemsView), isinstance(r.values(), ValuesView), list(reversed(list(r.keys()))))
