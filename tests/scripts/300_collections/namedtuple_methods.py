# namedtuple _make/_replace/_asdict errors, __getnewargs__, slicing, count/index, __match_args__, pattern matching
from collections import namedtuple

P = namedtuple("P", "x y z")
p = P(1, 2, 3)
print(P._make(range(3)), P._make("abc"))
try:
    P._make([1, 2])
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(p._replace(), p._replace(x=0, z=0))
try:
    p._replace(x=1, w=2, v=3)
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(p._asdict(), type(p._asdict()).__name__)
print(p.__getnewargs__(), p[1:], type(p[1:]).__name__, p.count(2), p.index(3))
print(P.__match_args__, P.__slots__, p + (4,), p * 2)
match p:
    case P(x=1, y=yy):
        print("matched y", yy)
match P(5, 6, 7):
    case P(a, b, c):
        print("positional", a, b, c)
try:
    P(1, 2, 3, x=4)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    P(1, 2, w=4)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    p.w = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
print(P.y.__doc__, P.x.__get__(p))
print(P.__doc__, P.__new__.__doc__)
