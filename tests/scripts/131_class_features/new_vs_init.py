# __new__ controls creation: singletons, returning another type skips __init__, caching instances
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print("init with", value)
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)
class Shape:
    def __new__(cls, sides):
        if sides == 0:
            return "circle"
        return super().__new__(cls)
    def __init__(self, sides):
        print("Shape init", sides)
        self.sides = sides
print(Shape(0), Shape(4).sides)
class Interned:
    _cache = {}
    def __new__(cls, name):
        return cls._cache.setdefault(name, super().__new__(cls))
    def __init__(self, name): self.name = name
print(Interned("a") is Interned("a"), Interned("a") is Interned("b"))
try:
    object.__new__(3)
except TypeError as e:
    print("TypeError:", e)
