# __setattr__/__delattr__ interplay with properties, super().__setattr__, and __dir__
class Record:
    _fields = ("a", "b")
    def __init__(self):
        super().__setattr__("_data", {})
    def __setattr__(self, name, value):
        if name not in self._fields:
            raise AttributeError(f"cannot set {name}")
        self._data[name] = value
    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(name) from None
    def __delattr__(self, name):
        print("delattr", name)
        self._data.pop(name, None)
    def __dir__(self):
        return list(self._fields) + ["extra"]

r = Record()
r.a = 1
setattr(r, "b", 2)
print(r.a, r.b, r._data, sorted(dir(r)))
del r.a
print(hasattr(r, "a"), getattr(r, "a", "gone"))
try:
    r.c = 3
except AttributeError as e:
    print("AttributeError:", e)

class Prop:
    def __init__(self):
        self.seen = []
    @property
    def x(self):
        return 10
    def __setattr__(self, name, value):
        if name != "seen":
            self.seen.append(name)
        super().__setattr__(name, value)

p = Prop()
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
p.y = 1
print(p.seen, p.x, p.y)
delattr(p, "y")
print(hasattr(p, "y"))
try:
    del p.nothing
except AttributeError as e:
    print("AttributeError:", e)
