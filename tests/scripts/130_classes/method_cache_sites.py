# One call site seeing many receivers: classes beyond the cache's two entries, instances that later shadow a
# method with their own attribute, methods replaced on the class, builtin values (int, float, str, list),
# and module functions that are reassigned or deleted between calls.
import math


class A:
    def name(self):
        return "A"


class B(A):
    def name(self):
        return "B"


class C(A):
    pass


class D:
    def name(self):
        return "D"


objs = [A(), B(), C(), D(), A(), D(), B(), C()]
print([o.name() for o in objs])

shadowed = A()
print(shadowed.name())
shadowed.name = lambda: "own attribute"
for o in [A(), shadowed, B(), shadowed]:
    print(o.name())

late = C()
print(late.name())
A.name = lambda self: "replaced"
print(late.name(), A().name(), B().name())
del A.name
try:
    C().name()
except AttributeError as e:
    print("AttributeError:", e)

for v in [3.5, 2.0, 7, -8, "abc", [1, 2], (1,), 10 ** 30, True]:
    for _ in range(2):
        if isinstance(v, float):
            r = v.is_integer()
        elif isinstance(v, str):
            r = v.upper()
        elif isinstance(v, list):
            r = v.copy()
        elif isinstance(v, tuple):
            r = v.count(1)
        else:
            r = v.bit_length()
        print(type(v).__name__, r)


def roots():
    return [math.sqrt(x) for x in (4.0, 9.0)]


print(roots())
saved = math.sqrt
math.sqrt = lambda x: -x
print(roots())
del math.sqrt
try:
    roots()
except AttributeError as e:
    print("AttributeError:", e)
math.sqrt = saved
math.extra = 1  # adding a key moves the module dict's version
print(roots(), math.floor(2.5))


class Meta:
    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def helper(x):
        return x * 2


class Sub(Meta):
    pass


for k in [Meta, Sub, Meta(), Sub()]:
    print(k.make(), k.helper(3))
