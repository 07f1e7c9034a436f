# String formatting: __format__ with custom specs, format(), str.format with fields, conversions, nested specs
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] or ".1f") + "F"
        if spec.endswith("C"):
            return format(self.c, spec[:-1] or ".1f") + "C"
        return format(self.c, spec)
    def __repr__(self):
        return f"Temp({self.c})"
    def __str__(self):
        return f"{self.c} degrees"

t = Temp(21.5)
print(f"{t:F} {t:.0C} {t:>8.2f} {t!r} {t!s}")
print("{0:C} / {0:F} / {1}".format(t, "x"), format(t, "08.3f"))
w, p = 10, 3
print(f"[{3.14159:{w}.{p}f}] [{'hi':^{w}}] [{42:+06d}] [{255:#x}] [{255:08b}] [{1234567:,}] [{0.25:.1%}]")
print("{name}-{0}-{items[1]}-{obj.c}".format("pos", name="n", items=[1, 2], obj=t))
print("{:*<6}|{:_>6}|{:=+7}".format("ab", "cd", -5))
print(f"{'x'!a:>4} {'é'!a} {12.0:g} {1e20:g} {1.5e-7:e} {123.456:.2e}")
print(format(1234.5, "_.2f"), format(10**6, "_"), f"{3:3}|{'s':3}|")
class Plain:
    pass
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
print(f"{'%'}" + "%s %d %05.1f %-4s| %x %r" % ("s", 3, 2.25, "ab", 255, "q"))
print("%(a)s and %(b)03d" % {"a": "A", "b": 7}, f"{True!s:>6}", f"{None}")
