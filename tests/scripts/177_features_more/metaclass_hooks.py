# Metaclass __prepare__, __new__ and __call__ all participate in class creation and instantiation
class OrderedNS(dict):
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.setdefault("_order", []).append(k)
        super().__setitem__(k, v)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return OrderedNS()
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, ns.get("_order"))
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.flavor = kw.get("flavor", "plain")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args)
        inst = super().__call__(*args, **kwargs)
        inst.created_by_meta = True
        return inst

class Thing(metaclass=Meta, flavor="spicy"):
    a = 1
    def method(self):
        return self.a
    b = 2

t = Thing()
print(t.method(), t.created_by_meta, Thing.flavor, Thing._order)

class Sub(Thing):
    c = 3

print(type(Sub).__name__, Sub.flavor, Sub().c)
print(isinstance(Thing, Meta), Meta.__mro__[1].__name__)
