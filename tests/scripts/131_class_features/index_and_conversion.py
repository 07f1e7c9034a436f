# __index__, __int__, __float__, __round__, __hash__ delegation for a numeric wrapper
import math
class Fixed:
    def __init__(self, v): self.v = v
    def __index__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __round__(self, n=None): return Fixed(round(self.v, n)) if n else round(self.v)
    def __trunc__(self): return int(self.v)
    def __floor__(self): return math.floor(self.v)
    def __ceil__(self): return math.ceil(self.v)
    def __repr__(self): return f"Fixed({self.v})"
f = Fixed(3.7)
print([10, 20, 30, 40, 50][Fixed(2)], "abcdef"[Fixed(1):Fixed(4)])
print(bin(Fixed(5)), hex(Fixed(255)), int(f), float(f))
print(round(f), round(Fixed(2.345), 2), math.trunc(f), math.floor(f), math.ceil(f))
print(range(Fixed(4)), list(range(10))[Fixed(7)])
print(operator_index := __import__("operator").index(Fixed(9)))
try:
    [1, 2][Fixed("x")]
except ValueError as e:
    print("ValueError:", e)
