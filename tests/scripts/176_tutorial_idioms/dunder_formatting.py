# Real Python __str__ vs __repr__ vs __format__: custom format specs, format() builtin, str.format attr access
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    def __repr__(self):
        return f"Temperature({self.celsius!r})"
    def __str__(self):
        return f"{self.celsius}°C"
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.celsius * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        if spec.endswith("K"):
            return format(self.celsius + 273.15, spec[:-1] + "f") + "K"
        return format(str(self), spec)
t = Temperature(21.5)
print(t, repr(t), [t], f"{t}", f"{t:.1F}", f"{t:.2K}", f"{t:>10}|", format(t, "F"))
print("{0} / {0!r} / {0:.0F}".format(t), "{t.celsius}".format(t=t), "{0[1]}".format(["a", "b"]))
print("{:^9}".format("mid"), format(255, "#010b"), format(3.5, "08.3f"), format("x", "*<3"), format(1e-7, ".2e"))
class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __repr__(self):
        return f"{type(self).__name__}({self.a!r}, {self.b!r})"
class NamedPair(Pair):
    pass
print(Pair(1, "x"), NamedPair([1], None), str(Pair(1, 2)), {"k": Pair(0, 0)})
class NoRepr:
    pass
print(repr(NoRepr()).startswith("<__main__.NoRepr object at"), str(NoRepr) , NoRepr.__name__, NoRepr.__qualname__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, repr(Outer.Inner)[8:-2])
print(format(1234.5, ","), format(-1234.5, "+,.1f"), format(0.5, ".0%"), format(42, "c"), format(12, "x"), format(True, "d"))
print("{:{fill}{align}{width}}".format("z", fill="#", align=">", width=5), "%r %s %a" % ("é", "é", "é"))
print(f"{t!s:*^12}", f"{t!r:>25}")
try:
    format(t, "Q")
except Exception as e:
    print(type(e).__name__ + ':', e)
try:
    print(f"{object():d}")
except Exception as e:
    print(type(e).__name__ + ':', e)
