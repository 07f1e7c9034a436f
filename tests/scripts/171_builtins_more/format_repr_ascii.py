# format() builtin with specs, repr() vs str() vs ascii() on strings and containers with non-ASCII text
items = [("Café", 3.5), ("naïve", 12.25), ("日本", 100.0)]
for name, price in items:
    print(format(name, "<8"), format(price, ">8.2f"), repr(name), ascii(name), str(name))
print(format(1234567, ","), format(0.25, "%"), format("x", "^5"), format(42), format(None), format([1, 2]), format(3.0, ""))
print(ascii(["é", "a"]), repr(["é", "a"]), ascii({"ключ": "значение"}), ascii(b"\xff"), ascii(1.5), ascii("\t\x00"))
class Temp:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.c, spec or "g") + "°C"
    def __repr__(self): return f"Temp({self.c})"
t = Temp(21.5)
print(format(t), format(t, ".1F"), f"{t:.3}", f"{t!r}", ascii(t), str(t))
try:
    format(5, "s")
except ValueError as e:
    print("ValueError:", e)
try:
    format("x", 5)
except TypeError as e:
    print("TypeError:", e)
