# __slots__ with class attribute defaults conflict, __slots__ and properties, slotted dataclass-like pickling state
class A:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1

x = A()
print(x.a, hasattr(x, "b"), A.__slots__)
try:
    class Bad:
        __slots__ = ("v",)
        v = 3
except ValueError as e:
    print("ValueError:", e)

class Pt:
    __slots__ = ("_x",)
    def __init__(self, x):
        self._x = x
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = int(v)

p = Pt(1)
p.x = "42"
print(p.x, type(p.x).__name__)
class Single:
    __slots__ = "only"
s = Single()
s.only = 5
print(s.only, Single.__slots__)
import copy
c = copy.copy(p)
print(c.x, c is p)
class WithWeak:
    __slots__ = ("v", "__weakref__")
import weakref
w = WithWeak()
ref = weakref.ref(w)
print(ref() is w)
try:
    weakref.ref(Pt(1))
except TypeError as e:
    print("TypeError:", e)
