# __getattr__ / __getattribute__ / __setattr__ / __delattr__ hooks and proxies
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self._target, name)
class T:
    def __init__(self): self.a = 1
    def hello(self): return "hello from T"
t = T()
p = Proxy(t)
print(p.a, p.hello())
p.b = 2
print(t.b)
del p.a
print(hasattr(t, "a"), p.log)
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__ + ":", e)

class Counting:
    def __init__(self):
        self.hits = 0
        self.x = 5
    def __getattribute__(self, name):
        if name not in ("hits", "__dict__", "__class__"):
            object.__setattr__(self, "hits", object.__getattribute__(self, "hits") + 1)
        return object.__getattribute__(self, name)
c = Counting()
c.x; c.x; c.x
print(c.hits)

class Fallback:
    real = "real"
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("no boom")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback:{name}"
f = Fallback()
print(f.real, f.boom, f.other, getattr(f, "zz", "default"))

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}")
fr = Frozen(3)
try:
    fr.v = 4
except AttributeError as e:
    print(type(e).__name__ + ":", e, fr.v)
print(getattr(fr, "nope", None), hasattr(fr, "v"))
