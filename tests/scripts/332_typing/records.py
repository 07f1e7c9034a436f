# typing: NamedTuple (class and functional), TypedDict, get_type_hints, overload, final, reveal_type
from typing import NamedTuple, TypedDict, get_type_hints, overload, Optional, List
import typing
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), Point(1), Point._fields, Point._field_defaults, Point.__annotations__, isinstance(p, tuple))
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("ann", 1), Emp._fields)
class Movie(TypedDict):
    title: str
    year: int
class Partial(TypedDict, total=False):
    rating: float
m = Movie(title="Up", year=2009)
print(m, type(m).__name__, sorted(Movie.__required_keys__), sorted(Partial.__optional_keys__), Movie.__total__)
Alt = TypedDict("Alt", {"a": int})
print(Alt(a=1), sorted(Alt.__required_keys__))
class Node:
    value: int
    next: "Optional[Node]"
def f(a: int, b: "List[str]") -> None: ...
print(get_type_hints(Node), get_type_hints(f))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(2), len(typing.get_overloads(g)))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
typing.reveal_type(3)
