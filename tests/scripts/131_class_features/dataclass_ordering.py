# dataclasses: order=True sorting, field defaults with default_factory, frozen error, replace/asdict
from dataclasses import dataclass, field, replace, asdict, FrozenInstanceError
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    tags: list = field(default_factory=list, compare=False)
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9, tags=["beta"])]
print(sorted(vs))
print(max(vs), Version(1) == Version(1, tags=["x"]))
@dataclass(frozen=True)
class Point:
    x: float
    y: float
p = Point(1.0, 2.0)
print(replace(p, y=5.0), asdict(Version(2, tags=["a"])))
try:
    p.x = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(p) == hash(Point(1.0, 2.0)), {p, Point(1.0, 2.0)} == {p})
