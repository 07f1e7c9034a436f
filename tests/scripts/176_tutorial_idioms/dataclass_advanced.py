# Real Python dataclasses advanced: kw_only, slots, field metadata/compare, InitVar, inheritance, unsafe default
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, is_dataclass, make_dataclass
@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1
print(Options(level=3))
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Point3:
    x: int
    _: KW_ONLY
    y: int = 0
    z: int = 0
print(Point3(1, z=5))
@dataclass(slots=True)
class Pixel:
    x: int
    y: int
    color: str = "black"
px = Pixel(1, 2)
print(px, Pixel.__slots__, hasattr(px, "__dict__"))
@dataclass
class Employee:
    name: str
    salary: int = field(repr=False, compare=False, metadata={"unit": "USD"})
    tags: list = field(default_factory=list, compare=False)
a, b = Employee("ann", 100), Employee("ann", 200)
print(a, a == b, fields(Employee)[1].metadata["unit"], fields(Employee)[2].default_factory)
@dataclass
class Account:
    owner: str
    opening: InitVar[float] = 0.0
    balance: float = field(init=False)
    def __post_init__(self, opening):
        self.balance = opening * 1.1
print(Account("bo", 100), [f.name for f in fields(Account)])
@dataclass
class Base:
    x: int
    y: int = 0
@dataclass
class Derived(Base):
    z: int = 5
    x: int = 10
print(Derived(), Derived(1, 2, 3), is_dataclass(Derived), is_dataclass(Derived()), is_dataclass(int))
Coord = make_dataclass("Coord", [("lat", float), ("lon", float, field(default=0.0))])
print(Coord(1.5), Coord.__name__)
try:
    @dataclass
    class Bad:
        items: list = []
except Exception as e:
    print(type(e).__name__ + ':', e)
