# a property or descriptor raising AttributeError falls back to the class's __getattr__
class Lazy:
    def __init__(self):
        self.loaded = {}
    @property
    def config(self):
        raise AttributeError("config not loaded")
    def __getattr__(self, name):
        return f"<default {name}>"
class Desc:
    def __get__(self, obj, owner):
        if obj is None:
            return self
        raise AttributeError("desc says no")
class WithDesc:
    d = Desc()
    def __getattr__(self, name):
        return "fallback for " + name
print(Lazy().config)
print(Lazy().other)
print(WithDesc().d)
class NoFallback:
    @property
    def value(self):
        raise AttributeError("no value here")
print(getattr(NoFallback(), "value", "default used"))
NoFallback().value
