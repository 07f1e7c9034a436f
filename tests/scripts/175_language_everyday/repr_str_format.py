# __repr__/__str__/__format__ and their fallbacks in print, f-strings, containers, format()
class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"Money({self.cents})"
    def __str__(self): return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec.endswith("c"):
            return format(self.cents, spec[:-1] + "d")
        return format(self.cents / 100, spec)
m = Money(12345)
print(m, repr(m), str(m), [m], (m,), {"k": m})
print(f"{m}", f"{m!r}", f"{m!s}", f"{m:.1f}", f"{m:>10c}|", format(m, "08.2f"))
print("{0} {0!r} {0:,c}".format(m))
class OnlyRepr:
    def __repr__(self): return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class OnlyStr:
    def __str__(self): return "only-str"
o = OnlyStr()
print(o, repr(o).startswith("<__main__.OnlyStr object at"))
try:
    format(o, "10")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    f"{object():>5}"
except TypeError as e:
    print(type(e).__name__ + ":", e)
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Nested:
    def __repr__(self): return f"Nested({[1, 'a', None]!r})"
print(Nested(), ascii("héllo"), repr("it's"), repr('say "hi"'), repr("both ' \""))
print(repr(1.0), repr(1e16), repr(1e-5), repr(0.1 + 0.2), str(-0.0), repr(2**0.5))
print(repr(b"a\x00'\n"), repr("tab\there"), repr("\u00e9\x7f"))
