# __getattr__ as a fallback for missing attributes (proxy), __setattr__ recording, __delattr__
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)
class Config:
    debug = False
c = Config()
p = Proxy(c)
p.level = 3
print(p.level, p.debug, c.level)
del p.level
print(hasattr(c, "level"))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
print(p._log)
print(p.__class__.__name__)
