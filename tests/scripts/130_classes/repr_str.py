# __repr__ and __str__: which one print, str(), repr(), f-strings and containers use.
class Both:
    def __repr__(self):
        return "Both()"

    def __str__(self):
        return "both as str"

class ReprOnly:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"ReprOnly({self.v!r})"

b = Both()
r = ReprOnly("x")
print(b, str(b), repr(b), f"{b} {b!r}")
print(r, str(r), [r, b], (b,), {"k": r})
class Plain:
    pass
print(type(Plain()).__name__, str(Plain()).startswith("<__main__.Plain object at 0x"))
