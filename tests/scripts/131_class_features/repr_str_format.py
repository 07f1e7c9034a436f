# __repr__ vs __str__ vs __format__ in print, f-strings, containers and format specs
class Celsius:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Celsius({self.v!r})"
    def __str__(self): return f"{self.v}°C"
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.v * 9 / 5 + 32, spec[:-1] or "") + "°F"
        return format(self.v, spec) + "°C"
t = Celsius(21.5)
print(t)
print([t], (t,), {"t": t})
print(f"{t}|{t!r}|{t!s}|{t:.0f}|{t:6.2F}|{t:F}")
print("{0} {0!r} {0:>8.1f}".format(t))
print(format(t), str(t) == format(t, ""))
class OnlyRepr:
    def __repr__(self): return "<only>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class NoFormat: pass
try:
    format(NoFormat(), "x")
except TypeError as e:
    print("TypeError:", e)
