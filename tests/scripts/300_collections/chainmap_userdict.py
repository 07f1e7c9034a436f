# ChainMap's lookup chain and child contexts; UserDict, UserList and UserString as base classes
from collections import ChainMap, UserDict, UserList, UserString

defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cm = ChainMap({}, env, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm))
cm["color"] = "blue"
print(cm.maps[0], defaults["color"])
child = cm.new_child({"debug": True})
print(child["debug"], "debug" in cm, child.parents == cm)
print(dict(ChainMap({"a": 1}, {"a": 2, "b": 3})))
try:
    del cm["user"]
except KeyError as e:
    print("KeyError:", e)
print(ChainMap({"a": 1}, {"b": 2}))

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

ld = LowerDict({"A": 1})
ld["B"] = 2
ld.update(C=3)
print(ld, ld.data, "a" in ld, ld.get("z", 0), len(ld))

class Stack(UserList):
    def push(self, x):
        self.append(x)

s = Stack([1, 2])
s.push(3)
print(s, s[1:], type(s[1:]).__name__, s + [4], s.pop(), s.count(1))
s.sort(reverse=True)
print(s, s == [2, 1], 2 in s)

class Upper(UserString):
    def shout(self):
        return self.upper() + "!"

u = Upper("hello")
print(u.shout(), u + " world", len(u), u[1:3], u == "hello", type(u.upper()).__name__)
