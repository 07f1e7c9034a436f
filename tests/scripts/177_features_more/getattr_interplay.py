# __getattr__ is called only on failure; __getattribute__ always; __setattr__ via object.__setattr__
class Lazy:
    def __init__(self):
        object.__setattr__(self, "log", [])
        self.real = 1
    def __getattr__(self, name):
        self.log.append("getattr:" + name)
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"no {name!r}")
    def __setattr__(self, name, value):
        self.log.append("set:" + name)
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)

o = Lazy()
print(o.real, o.dyn_abc)
o.other = 5
print(o.other)
print(getattr(o, "missing", "default"))
print(hasattr(o, "nope"))
print(o.log)

class Traced:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback:{name}"

t = Traced()
print(t.a, t.secret, t.whatever)
t.secret = 3
print(t.secret, t.__dict__)
try:
    Lazy().nothing_here
except AttributeError as e:
    print("AttributeError:", e)
