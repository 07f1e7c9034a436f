# class body semantics: __class__ cell, __qualname__, nested classes, class attrs vs instance attrs, __new__
class Outer:
    x = 1
    class Inner:
        def where(self):
            return __class__.__qualname__
    def method(self):
        return __class__.__name__, type(self).__name__
    y = x + 1
class Sub(Outer): pass
print(Outer.Inner().where(), Outer.Inner.__qualname__, Sub().method(), Outer.y)
print(Outer.method.__qualname__, Outer.Inner.where.__qualname__)
class Counter:
    shared = []
    count = 0
    def add(self, v):
        self.shared.append(v)
        self.count += 1
a, b = Counter(), Counter()
a.add(1); b.add(2); a.add(3)
print(Counter.shared, a.count, b.count, Counter.count, "count" in vars(a))
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("creating")
        return cls._inst
    def __init__(self, v):
        print("init", v)
        self.v = v
s1 = Singleton(1); s2 = Singleton(2)
print(s1 is s2, s1.v)
class NotSelf:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotSelf())
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Init:
    def __init__(self):
        return 5
try:
    Init()
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(Outer.__name__, Outer.__dict__["x"], "method" in Outer.__dict__, type(Outer.__dict__).__name__)
print(isinstance(Outer, type), type(type), Outer.__class__.__name__)
