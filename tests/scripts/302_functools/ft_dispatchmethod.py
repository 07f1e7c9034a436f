# functools: singledispatchmethod on instance methods, annotations, register(cls), subclasses, errors.
from functools import singledispatchmethod
class Fmt:
    def __init__(self, prefix):
        self.prefix = prefix
    @singledispatchmethod
    def fmt(self, arg):
        return f"{self.prefix}?{arg!r}"
    @fmt.register
    def _(self, arg: int):
        return f"{self.prefix}i{arg}"
    @fmt.register(list)
    def _(self, arg):
        return self.prefix + "[" + ",".join(self.fmt(a) for a in arg) + "]"
f = Fmt(">")
print(f.fmt(3), f.fmt("s"), f.fmt([1, "a", [2]]), f.fmt(True))
class Sub(Fmt):
    pass
print(Sub("#").fmt(5), Sub("#").fmt([]))
try:
    Fmt.fmt(f)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(Fmt.fmt.__name__ if hasattr(Fmt.fmt, "__name__") else "?", f.fmt.__name__ if hasattr(f.fmt, "__name__") else "?")
