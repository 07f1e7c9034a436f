# walrus operator and * / ** unpacking in assignments, calls, literals; errors
import re
data = "k1=v1;k2=v2;bad;k3=v3"
out = {}
for part in data.split(";"):
    if (m := re.fullmatch(r"(\w+)=(\w+)", part)) is not None:
        out[m[1]] = m[2]
print(out)
nums = iter([3, 1, 4, 1, 5, 0, 9])
while (n := next(nums)) != 0:
    print(n, end=" ")
print()
print((y := 5) * 2, y)
a, *b, c = range(6)
print(a, b, c)
*init, last = "hello"
print(init, last)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *_ = [10]
print(first, _)
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
print([*range(3), *"ab"], (*[1], 2), {*[1, 1, 2]}, {**{"a": 1}, "b": 2, **{"a": 3}})
def f(a, b, c=0, *args, **kw):
    return a, b, c, args, kw
print(f(*[1, 2], *[3, 4], x=1, **{"y": 2}))
print(f(**{"a": 1, "b": 2}))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    a, b, c = [1]
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    f(1, **{"b": 2}, b=3)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__ + ":", e)
d = {"x": 1}
d2 = d | {"y": 2}
d |= {"z": 3}
print(d2, d)
