# Counter arithmetic: +, -, |, & drop non-positive counts; unary +/-; in-place ops keep and drop correctly
from collections import Counter

a = Counter(a=3, b=-1, c=0, d=2)
b = Counter(a=1, b=2, c=5, e=-4)
print(a + b)
print(a - b)
print(a | b)
print(a & b)
print(+a, -a)
x = Counter(a=3, b=1)
x += Counter(b=-5, c=2)
print(x)
x -= Counter(a=1, z=-3)
print(x)
x |= Counter(a=10, q=-1)
print(x)
x &= Counter(a=4, c=1)
print(x)
for op in ("__add__", "__sub__", "__or__", "__and__"):
    print(op, getattr(Counter(a=1), op)({"a": 1}))
try:
    Counter(a=1) + {"a": 1}
except TypeError as e:
    print(type(e).__name__ + ":", e)
s = Counter(a=5)
s.subtract(a=7, b=1)
print(s, s.total())
s.update(Counter(a=2))
print(s, +s, s.total())
print(Counter(a=0) == Counter(), Counter(a=1, b=0) == Counter(a=1))
