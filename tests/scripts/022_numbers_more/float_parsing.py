# float() parsing of user input: whitespace, exponents, underscores, special values, and invalid strings
inputs = ["3.14", "  -2.5e3 ", "1_000.5", ".5", "5.", "1E-2", "+inf", "-nan", "infinity", "1e1_0", "0x10", "1,5", "", "- 1", "1.2.3", "١٫٥"]
total = 0.0
for s in inputs:
    try:
        v = float(s)
        if v == v and abs(v) != float("inf"):
            total += v
        print(f"{s!r:14} -> {v!r}")
    except ValueError as e:
        print(f"{s!r:14} -> ValueError: {e}")
print("total", total, float(7), float(True), float(10**20), float("  1e-400 "))
class Meters:
    def __init__(self, v): self.v = v
    def __float__(self): return self.v * 1.0
print(float(Meters(3)), float(Meters(2)) / 4)
try:
    float([1.0])
except TypeError as e:
    print("TypeError:", e)
