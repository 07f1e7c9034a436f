# UserDict/UserList subclasses: overriding __getitem__/__contains__/__setitem__ affects get/update/setdefault/in
from collections import UserDict, UserList

class Validated(UserDict):
    def __setitem__(self, key, value):
        if not isinstance(value, int):
            raise TypeError(f"{key!r} must be int, got {type(value).__name__}")
        super().__setitem__(key, value)

v = Validated(a=1)
v.update(b=2)
v.setdefault("c", 3)
for bad in ({"d": "4"}, [("e", None)]):
    try:
        v.update(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    Validated(x=1.5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(v, v | {"z": 9}, type(v | {"z": 9}).__name__)

class Aliased(UserDict):
    aliases = {"colour": "color"}
    def __getitem__(self, key):
        return super().__getitem__(self.aliases.get(key, key))
    def __contains__(self, key):
        return super().__contains__(self.aliases.get(key, key))
a = Aliased(color="red")
print(a["colour"], "colour" in a, a.get("colour"), a.get("shade", "none"), list(a))

class Sorted(UserList):
    def append(self, item):
        super().append(item)
        self.data.sort()
s = Sorted([3, 1])
s.append(2)
s.append(0)
print(s, s.data, isinstance(s, list), s + [9])
s.extend([-1])
print(s)
