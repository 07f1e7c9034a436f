# Real Python inheritance: super() chains, MRO diamond, mixins, classmethod constructors, __init_subclass__
class Rectangle:
    def __init__(self, length, width, **kwargs):
        self.length, self.width = length, width
        super().__init__(**kwargs)
    def area(self): return self.length * self.width
    def perimeter(self): return 2 * self.length + 2 * self.width
class Square(Rectangle):
    def __init__(self, length, **kwargs):
        super().__init__(length=length, width=length, **kwargs)
class Cube(Square):
    def surface_area(self): return super().area() * 6
    def volume(self): return super().area() * self.length
c = Cube(3)
print(c.surface_area(), c.volume(), c.perimeter(), [k.__name__ for k in Cube.__mro__])
class A:
    def hello(self): return "A"
class B(A):
    def hello(self): return "B>" + super().hello()
class C(A):
    def hello(self): return "C>" + super().hello()
class D(B, C):
    def hello(self): return "D>" + super().hello()
print(D().hello(), [k.__name__ for k in D.mro()])
class JsonMixin:
    def to_dict(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}
class Employee(JsonMixin):
    raise_pct = 1.04
    count = 0
    def __init__(self, first, last, pay):
        self.first, self.last, self.pay, self._secret = first, last, pay, "x"
        Employee.count += 1
    @classmethod
    def from_string(cls, s):
        return cls(*s.split("-")[:2], int(s.split("-")[2]))
    is_workday = staticmethod(lambda day: day not in ("Sat", "Sun"))
    def apply_raise(self):
        self.pay = int(self.pay * self.raise_pct)
class Developer(Employee):
    raise_pct = 1.10
    def __init__(self, first, last, pay, lang):
        super().__init__(first, last, pay)
        self.lang = lang
e = Employee.from_string("John-Doe-70000"); d = Developer("Ann", "Lee", 50000, "Python")
e.apply_raise(); d.apply_raise()
print(e.to_dict(), d.to_dict(), Employee.count, Employee.is_workday("Sun"), type(e).__name__)
class Plugin:
    registry = []
    def __init_subclass__(cls, /, kind="generic", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind
        Plugin.registry.append(cls.__name__)
class CsvPlugin(Plugin, kind="csv"): pass
class XmlPlugin(Plugin): pass
print(Plugin.registry, CsvPlugin.kind, XmlPlugin.kind)
try:
    class Bad(B, A, C): pass
except TypeError as e:
    print("TypeError:", e)
