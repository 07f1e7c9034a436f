# float.hex/fromhex, as_integer_ratio, is_integer, int.as_integer_ratio and Fraction cross-check
from fractions import Fraction
for x in [0.1, 0.5, 1.0, -2.75, 1e-320, 3.0, float("inf")]:
    ratio = x.as_integer_ratio() if x != float("inf") else None
    print(x.hex(), ratio, x.is_integer(), Fraction(x) == Fraction(*ratio) if ratio else "-")
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"), float.fromhex("inf"), float.fromhex(" 0X1P+10 "))
print((42).as_integer_ratio(), (-7).as_integer_ratio(), True.as_integer_ratio(), (0.1).as_integer_ratio()[1] == 2**55)
print(float.fromhex((0.1).hex()) == 0.1, Fraction(0.1).limit_denominator(100), (2.5).as_integer_ratio())
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
try:
    float.fromhex("0xg")
except ValueError as e:
    print("ValueError:", e)
float("inf").as_integer_ratio()
