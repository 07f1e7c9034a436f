# Metaclasses: __new__ adding attributes, methods on the metaclass, __call__, and inheritance of the metaclass.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        ns["added"] = name.lower()
        return super().__new__(mcls, name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("calling", cls.__name__)
        return super().__call__(*args, **kwargs)

    def hello(cls):
        return "hello " + cls.__name__


class A(metaclass=Meta):
    def __init__(self, v):
        self.v = v


a = A(5)
print(a.v, A.added, A.hello(), type(A), isinstance(A, Meta), isinstance(A, type), type(A).__name__)


class B(A):
    pass


print(type(B), B.added, B(1).v)
Dyn = Meta("Dyn", (), {"k": 1})
print(Dyn.k, Dyn.added, type(Dyn).__name__)
Plain = type("Plain", (object,), {"x": 3, "get": lambda self: self.x})
print(Plain().get(), Plain.__name__, type(Plain))
