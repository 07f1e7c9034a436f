# Real Python dynamic attributes: __getattr__ fallback, __setattr__ validation, __delattr__, getattr/setattr/hasattr
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"no attribute {name!r}") from None
    def __setattr__(self, name, value):
        self[name] = value
    def __delattr__(self, name):
        del self[name]
cfg = AttrDict(host="localhost", port=8080)
cfg.debug = True
print(cfg.host, cfg.port, cfg, getattr(cfg, "missing", "n/a"), hasattr(cfg, "debug"))
del cfg.debug
print(cfg, hasattr(cfg, "debug"))
class Typed:
    _types = {"name": str, "age": int}
    def __setattr__(self, name, value):
        expected = self._types.get(name)
        if expected and not isinstance(value, expected):
            raise TypeError(f"{name} must be {expected.__name__}, not {type(value).__name__}")
        super().__setattr__(name, value)
t = Typed()
t.name = "ann"; t.age = 30; t.extra = [1]
print(vars(t))
try:
    t.age = "thirty"
except TypeError as e:
    print(e)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "calls", [])
    def __getattr__(self, name):
        self.calls.append(name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0); p.sort()
print(p._target, p.calls, p.count(1))
class Lazy:
    def __getattribute__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        return object.__getattribute__(self, name)
    real = 5
print(Lazy().x_hello, Lazy().real)
obj = type("Dyn", (), {"a": 1, "hello": lambda self: f"hi {self.a}"})()
setattr(obj, "b", 2)
print(obj.hello(), getattr(obj, "b"), sorted(k for k in vars(obj)), type(obj).__name__)
for name in ["a", "b", "c"]:
    print(name, getattr(obj, name, None))
try:
    print(cfg.timeout)
except Exception as e:
    print(type(e).__name__ + ':', e)
