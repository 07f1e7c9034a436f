# cached_property: computed once per instance, stored in __dict__, resettable, errors for misuse
from functools import cached_property

class Data:
    def __init__(self, values):
        self.values = values
        self.computations = 0
    @cached_property
    def total(self):
        "Sum of the values."
        self.computations += 1
        return sum(self.values)

d = Data([1, 2, 3])
print(d.total, d.total, d.computations, d.__dict__["total"])
d.values.append(4)
print(d.total)
del d.total
print(d.total, d.computations)
d.total = 100
print(d.total, d.computations)
e = Data([5])
print(e.total, d.total)
cp = Data.__dict__["total"]
print(type(cp).__name__, cp.attrname, cp.__doc__, Data.total is cp, cp.func.__name__)

class Slotted:
    __slots__ = ("x",)
    @cached_property
    def prop(self):
        return 1
try:
    Slotted().prop
except TypeError as ex:
    print(type(ex).__name__ + ":", ex)

def compute(self):
    return 42
loose = cached_property(compute)
class Late:
    pass
Late.answer = loose
try:
    Late().answer
except TypeError as ex:
    print(type(ex).__name__ + ":", ex)
loose.__set_name__(Late, "answer")
print(Late().answer)
loose.__set_name__(Late, "answer")
try:
    loose.__set_name__(Late, "other")
except TypeError as ex:
    print(type(ex).__name__ + ":", ex)

class Sub(Data):
    @cached_property
    def total(self):
        return -1
print(Sub([1]).total)

class Fails:
    @cached_property
    def boom(self):
        raise ValueError("no value")
f = Fails()
for _ in range(2):
    try:
        f.boom
    except ValueError as ex:
        print(type(ex).__name__ + ":", ex, "boom" in f.__dict__)
