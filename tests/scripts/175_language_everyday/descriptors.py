# descriptors: __get__/__set__/__delete__/__set_name__, data vs non-data precedence
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.private)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("Ann", 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__ + ":", e)
del p.age
print(hasattr(p, "_age"))
print(type(Person.name).__name__, Person.name.name)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class C:
    attr = NonData()
c = C()
print(c.attr)
c.__dict__["attr"] = "from instance"
print(c.attr)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v
class W:
    calls = 0
    @Lazy
    def heavy(self):
        W.calls += 1
        return 99
w = W()
print(w.heavy, w.heavy, W.calls)
