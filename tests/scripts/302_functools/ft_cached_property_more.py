# functools: cached_property stores in instance dict, can be deleted/reset, set_name errors, slots error message.
from functools import cached_property
class Data:
    def __init__(self, xs):
        self.xs = xs
        self.computed = 0
    @cached_property
    def total(self):
        self.computed += 1
        return sum(self.xs)
d = Data([1, 2, 3])
print(d.total, d.total, d.computed, "total" in d.__dict__)
d.xs.append(4)
print(d.total)
del d.total
print(d.total, d.computed)
d.total = 100
print(d.total, Data.total.__class__.__name__, Data.total.attrname)
class Slotted:
    __slots__ = ("a",)
    @cached_property
    def p(self):
        return 1
try:
    Slotted().p
except TypeError as e:
    print(type(e).__name__ + ":", e)
def f(self):
    return 1
cp = cached_property(f)
class A:
    x = cp
try:
    class B:
        y = cp
except (TypeError, RuntimeError) as e:
    print(type(e).__name__ + ":", e, type(e.__cause__).__name__ if e.__cause__ else "")
class Unnamed:
    pass
Unnamed.z = cached_property(f)
try:
    Unnamed().z
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(A().x)
