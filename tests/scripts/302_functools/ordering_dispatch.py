# functools: total_ordering, cmp_to_key, cached_property, singledispatch (types, annotations, ABCs), singledispatchmethod
from functools import total_ordering, cmp_to_key, cached_property, singledispatch, singledispatchmethod
from collections.abc import Sequence, Mapping
@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, sorted([b, a, Version(0, 9)]), max(a, b))
try:
    @total_ordering
    class Bad:
        pass
except ValueError as e:
    print("ValueError:", e)
print(sorted(["banana", "Apple", "cherry"], key=cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
class Circle:
    computed = 0
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        Circle.computed += 1
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area, Circle.computed, "area" in c.__dict__, type(Circle.area).__name__)
@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
@describe.register(Mapping)
def _(x):
    return f"mapping with {sorted(x)}"
print(describe(3), describe([1, 2]), describe({"b": 1, "a": 2}), describe("s"), describe(True))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry))
class Shape:
    @singledispatchmethod
    def scale(self, factor):
        return "unsupported"
    @scale.register
    def _(self, factor: int):
        return f"int x{factor}"
    @scale.register
    def _(self, factor: float):
        return f"float x{factor}"
s = Shape()
print(s.scale(2), s.scale(1.5), s.scale("x"))
