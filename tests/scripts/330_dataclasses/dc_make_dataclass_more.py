# dataclasses: make_dataclass with bases, namespace methods, frozen/order, kw_only and bad field specs.
from dataclasses import make_dataclass, field, fields, asdict
Point = make_dataclass("Point", [("x", int), ("y", int, field(default=0))], namespace={"norm": lambda self: abs(self.x) + abs(self.y)}, frozen=True, order=True)
p = Point(3, -4)
print(p, p.norm(), sorted([Point(2), Point(1, 5), Point(1)]), Point.__name__, Point.__qualname__)
try:
    p.x = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
P3 = make_dataclass("P3", [("z", int, 0)], bases=(Point,), frozen=True)
print(P3(1, 2, 3), [f.name for f in fields(P3)], issubclass(P3, Point))
KW = make_dataclass("KW", ["a", ("b", int)], kw_only=True)
print(KW(b=2, a=1))
for spec in ([("a", int, 1, 2)], ["a", "a"], ["class"], ["not valid"]):
    try:
        make_dataclass("Bad", spec)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
print(asdict(make_dataclass("E", [])()))
