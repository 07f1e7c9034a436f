# metaclasses: __new__, __init__, __call__ (singleton), __prepare__, attribute inspection
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)

class Thing(metaclass=Meta, flavour="x"):
    def method(self): pass
    value = 1
    def __init__(self, n):
        self.n = n
t = Thing(5)
print(t.n, Thing.created_by, type(Thing).__name__, isinstance(Thing, Meta))
class Sub(Thing):
    pass
print(type(Sub).__name__)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v
a = Config(1); b = Config(2)
print(a is b, a.v)

class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 7}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.fields = [k for k in ns if not k.startswith("__")]
        return cls
class Rec(metaclass=Ordered):
    z = 1
    a = 2
    m = 3
print(Rec.fields, Rec.injected)
Dyn = type("Dyn", (object,), {"x": 5, "hello": lambda self: "hi"})
print(Dyn.__name__, Dyn().x, Dyn().hello())
