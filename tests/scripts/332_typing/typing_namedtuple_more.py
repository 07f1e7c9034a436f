# typing: NamedTuple defaults, methods, _fields/_field_defaults/__annotations__, _replace/_make/_asdict, errors.
from typing import NamedTuple, Optional
class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    salary: Optional[int] = None
    def label(self):
        return f"{self.name}@{self.dept}"
    @property
    def paid(self):
        return self.salary is not None
e = Emp("ann")
print(e, e.label(), e.paid, Emp._fields, Emp._field_defaults)
print(Emp.__annotations__)
print(e._replace(salary=10), Emp._make(["bob", "ops", 5]), e._asdict())
print(e == ("ann", "eng", None), e[0], e[-1], len(e), tuple(e), isinstance(e, tuple))
try:
    Emp()
except TypeError as ex:
    print(type(ex).__name__ + ":", ex)
try:
    e.name = "x"
except AttributeError as ex:
    print(type(ex).__name__ + ":", ex)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as ex:
    print(type(ex).__name__ + ":", ex)
try:
    class Bad2(NamedTuple):
        _x: int
except ValueError as ex:
    print(type(ex).__name__ + ":", ex)
class Sub(Emp):
    def label(self):
        return "sub:" + super().label()
print(Sub("z").label(), Sub("z"), Sub._fields)
P = NamedTuple("P", [("x", int), ("y", int)])
print(P(1, 2), P.__annotations__, P._field_defaults)
