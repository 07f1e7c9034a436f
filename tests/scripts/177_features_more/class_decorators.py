# Class decorators that register, add methods, and wrap classes
registry = {}

def register(name):
    def deco(cls):
        registry[name] = cls
        cls.tag = name
        return cls
    return deco

def add_repr(cls):
    fields = cls.fields
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{type(self).__name__}({inner})"
    cls.__repr__ = __repr__
    return cls

@register("pt")
@add_repr
class Point:
    fields = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

@register("nm")
@add_repr
class Named:
    fields = ("name",)
    def __init__(self, name):
        self.name = name

print(Point(1, 2), Named("a"))
print(sorted(registry), registry["pt"].tag)

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    get.__wrapped__ = cls
    return get

@singleton
class Config:
    def __init__(self, v):
        self.v = v

a = Config(1)
b = Config(2)
print(a is b, a.v, Config.__wrapped__.__name__)
print(type(Config).__name__)
