# make_dataclass(): field specs, bases, namespace, options, and name validation errors.
from dataclasses import make_dataclass, field, fields, asdict, is_dataclass

Point = make_dataclass("Point", ["x", ("y", int), ("z", int, field(default=0))])
p = Point(1, 2)
print(p, Point.__name__, Point.__qualname__, Point.__doc__, is_dataclass(Point))
print([(f.name, f.type) for f in fields(Point)], Point.__annotations__)
print(asdict(p), Point.__match_args__, Point)


class Base:
    def norm(self):
        return abs(self.x) + abs(self.y)


P2 = make_dataclass("P2", [("x", int), ("y", int)], bases=(Base,),
                    namespace={"double": lambda self: P2(self.x * 2, self.y * 2), "KIND": "2d"},
                    frozen=True, order=True)
q = P2(-1, 3)
print(q, q.norm(), q.double(), P2.KIND, sorted([P2(2, 1), P2(1, 5)]), issubclass(P2, Base))
try:
    q.x = 4
except AttributeError as e:
    print(type(e).__name__ + ":", e)

for spec in (["a", "a"], ["class"], ["1x"], [("a", int, 0, 4)], [3], ["ok", ("def", int)]):
    try:
        make_dataclass("Bad", spec)
    except TypeError as e:
        print(type(e).__name__ + ":", e)

KW = make_dataclass("KW", [("a", int), ("b", int)], kw_only=True, repr=False, eq=False)
k = KW(b=1, a=2)
print(k.a, k.b, KW.__match_args__, KW(a=1, b=1) == KW(a=1, b=1), "__repr__" in KW.__dict__)
Empty = make_dataclass("Empty", [])
print(Empty(), Empty.__doc__)
