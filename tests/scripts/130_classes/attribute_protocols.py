# Attribute access on every kind of object: functions, methods, properties, classes, modules, super(),
# exceptions, builtin values; and the errors of reading, writing and deleting what is not there.
import math


def f(a, b=2, *, c=3):
    "doc of f"
    return a


f.tag = "tagged"
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.tag, f.__dict__)
f.__name__ = "g"
print(f.__name__, f.__code__.co_name, f.__code__.co_argcount)
del f.tag
print(hasattr(f, "tag"))


class Point:
    """A point."""
    scale = 10

    def __init__(self, x):
        self.x = x

    @property
    def double(self):
        return self.x * 2

    @double.setter
    def double(self, v):
        self.x = v // 2

    def norm(self):
        return abs(self.x)

    @classmethod
    def make(cls):
        return cls(1)

    @staticmethod
    def unit():
        return "unit"


p = Point(3)
print(p.x, p.double, p.scale, p.norm(), Point.make().x, Point.unit(), p.unit())
p.double = 10
print(p.x, p.__dict__, sorted(k for k in vars(Point) if not k.startswith("__")))
m = p.norm
print(m.__self__ is p, m.__func__ is Point.norm, m.__name__)
print(Point.__name__, Point.__qualname__, Point.__doc__, Point.__bases__, Point.__mro__[-1].__name__)
print(type(p).__name__, p.__class__.__name__, (1).__class__.__name__, "s".__class__.__name__)
del p.x
print(hasattr(p, "x"))


class Lazy:
    def __getattr__(self, name):
        if name.startswith("z"):
            raise AttributeError(name)
        return name.upper()


print(Lazy().abc, hasattr(Lazy(), "zz"), getattr(Lazy(), "zz", "default"))


class Base:
    def hello(self):
        return "base"


class Child(Base):
    def hello(self):
        return "child+" + super().hello()


print(Child().hello(), super(Child, Child()).hello())
print(math.pi > 3, math.__name__, "sqrt" in math.__dict__)
math.answer = 42
print(math.answer)
print((5).real, (5).imag, (5).numerator, (5).denominator, True.real, (2 ** 70).real, (1.5).real, (1.5).imag)
s = slice(1, 10, 2)
r = range(2, 8, 3)
print(s.start, s.stop, s.step, r.start, r.stop, r.step)
e = ValueError("bad", 1)
e.note = "extra"
print(e.args, e.note, e.__cause__, e.__context__, e.__suppress_context__)
e.args = ("other",)
print(e)
try:
    raise KeyError("k") from e
except KeyError as k:
    print(k.__cause__ is e, k.__suppress_context__)


def outer():
    v = 1

    def inner():
        return v
    return inner


print(outer().__closure__[0].cell_contents)
prop = Point.__dict__["double"]
print(prop.fget.__name__, prop.fset.__name__, prop.fdel)
for action in [lambda: p.missing, lambda: Point.missing, lambda: math.missing, lambda: setattr(1, "x", 2),
               lambda: setattr("s", "upper", 1), lambda: setattr(int, "x", 1), lambda: delattr(p, "nothing"),
               lambda: setattr(Point(1), "norm2", 1) or "ok", lambda: (5).missing, lambda: print.missing]:
    try:
        print(action())
    except (AttributeError, TypeError) as err:
        print(type(err).__name__, err)
