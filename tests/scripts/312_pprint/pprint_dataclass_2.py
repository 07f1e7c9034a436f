# pprint: dataclasses are laid out like constructor calls (fields aligned, nested dataclasses, depth, repr=False)
import pprint
import dataclasses
@dataclasses.dataclass
class Point:
    x: int
    y: int
    label: str = "origin point with a rather long descriptive label"
@dataclasses.dataclass
class Shape:
    name: str
    points: list
    meta: dict = dataclasses.field(default_factory=dict)
@dataclasses.dataclass(repr=False)
class NoRepr:
    a: int = 1
s = Shape("tri", [Point(0, 0), Point(1, 0, "x"), Point(0, 1, "y")], {"closed": True, "area": 0.5})
print(pprint.pformat(s)); print(pprint.pformat(s, width=40)); print(pprint.pformat(Point(1, 2), width=20))
print(pprint.pformat(s, depth=2)); print(pprint.pformat(NoRepr()).startswith("<"))
