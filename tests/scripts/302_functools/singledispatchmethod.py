# singledispatchmethod: dispatch on the argument after self, register on the descriptor, inheritance
from functools import singledispatchmethod

class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def fmt(self, arg):
        "Format a value."
        return f"{self.prefix}?{arg!r}"

    @fmt.register
    def _(self, arg: int):
        return f"{self.prefix}int {arg}"

    @fmt.register(list)
    def _(self, arg):
        return self.prefix + "[" + ", ".join(self.fmt(x) for x in arg) + "]"

    @fmt.register
    def _(self, arg: bool):
        return f"{self.prefix}bool {arg}"

f = Formatter("> ")
print(f.fmt(1), f.fmt(True), f.fmt("s"), f.fmt([1, "a", False]))
print(f.fmt.__name__, f.fmt.__doc__, Formatter.fmt.__name__)
print(Formatter.fmt(f, 5))

class Sub(Formatter):
    pass
print(Sub("# ").fmt(7), Sub("# ").fmt(2.5))

def extra(self, arg):
    return "float!"
Formatter.__dict__["fmt"].register(float, extra)
print(f.fmt(1.5))
print(type(Formatter.__dict__["fmt"]).__name__, Formatter.__dict__["fmt"].__isabstractmethod__)
try:
    singledispatchmethod(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    f.fmt()
except IndexError as e:
    print(type(e).__name__ + ":", e)
