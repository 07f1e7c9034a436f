# A dict subclass: __missing__, its own __setitem__, and the dict methods.
class Default(dict):
    def __missing__(self, key):
        return key * 2


d = Default(a=1)
print(d["a"], d["zz"], d, len(d), "zz" in d, d.get("q"), type(d).__name__)


class Counter(dict):
    def __init__(self, items=()):
        super().__init__()
        for item in items:
            self[item] = self.get(item, 0) + 1

    def most(self):
        return max(self.items(), key=lambda kv: kv[1])


c = Counter("abracadabra")
print(c, c.most(), list(c.keys()), isinstance(c, dict))


class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)


u = Upper()
u["x"] = 1
u.update(y=2)
print(u, {**u}, dict(u), u == {"X": 1, "y": 2})


class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


a = Attr(host="h", port=80)
a.extra = True
print(a.host, a.port, a.extra, a)
try:
    a.missing
except AttributeError as e:
    print("AttributeError", e)
