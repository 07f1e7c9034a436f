# __slots__: no __dict__, attribute errors, inheritance, slots with defaults via class attrs
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__ + ":", e)
del p.x
try:
    print(p.x)
except AttributeError as e:
    print(type(e).__name__ + ":", e)
p.x = 10
print(p.x)
print(P.__slots__)

class Q(P):
    __slots__ = ("z",)
q = Q(1, 2)
q.z = 5
print(q.x, q.y, q.z, hasattr(q, "__dict__"))


class S:
    __slots__ = "only"
s = S()
s.only = 1
print(s.only, S.__slots__)
try:
    s.other = 2
except AttributeError as e:
    print(type(e).__name__ + ":", e)

try:
    class Bad:
        __slots__ = ("v",)
        v = 3
except ValueError as e:
    print(type(e).__name__ + ":", e)
