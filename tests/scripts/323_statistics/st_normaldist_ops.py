# NormalDist arithmetic (with constants and other NormalDists), equality, hashing, repr, state.
from statistics import NormalDist
a, b = NormalDist(10, 3), NormalDist(4, 4)
print(a + b, a - b, b - a, a + 2.5, 2.5 + a, a - 1, 20 - a, a * 3, 3 * a, a * -2, a / 2, a / -4, +a, -a)
print(a == NormalDist(10.0, 3.0), a == b, a != b, a == 10, a.__eq__(3), (a + b) == (b + a))
print(hash(a) == hash(NormalDist(10, 3)), len({a, NormalDist(10, 3), b}), hash(a) == hash((10.0, 3.0)))
print(a.__getstate__())
c = NormalDist()
c.__setstate__((1.5, 0.5))
print(c, c.variance)
class Temp(NormalDist):
    pass
t = Temp(20, 2)
print(repr(t), type(t + 1).__name__, t == NormalDist(20, 2))
for expr in ["a * b", "a / b", "a + 'x'", "a ** 2", "1 / a"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, "->", type(e).__name__ + ":", e)
try:
    a.x = 1
except AttributeError as e:
    print(type(e).__name__)
print(sorted(NormalDist.__slots__), hasattr(a, "__dict__"))
# combine independent measurement errors
total = NormalDist(1.0, 0.01) + NormalDist(2.0, 0.02) + NormalDist(0.5, 0.005)
print(total, round(total.cdf(3.51), 6))
