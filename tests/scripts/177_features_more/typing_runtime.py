# typing at runtime: NamedTuple, TypedDict, Protocol with runtime_checkable, Generic, overload, get_type_hints
from typing import NamedTuple, TypedDict, Protocol, runtime_checkable, Generic, TypeVar, overload, Optional, get_type_hints

class Pt(NamedTuple):
    x: int
    y: int = 0
    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Pt(3, -4)
print(p, p.norm1(), p._replace(y=1), p._asdict(), Pt._fields, Pt._field_defaults)
x, y = p
print(x, y, p[1], isinstance(p, tuple))

class Movie(TypedDict, total=False):
    title: str
    year: int

m: Movie = {"title": "Up"}
print(m, type(m).__name__, sorted(Movie.__annotations__), Movie.__total__)

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class F:
    def close(self):
        pass

print(isinstance(F(), Closable), isinstance(3, Closable))

T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self):
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)

s = Stack[int]()
s.push(1)
print(s.items, Stack[int].__origin__ is Stack, T.__name__)

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(4), double("ab"))

def f(a: int, b: Optional[str] = None) -> bool:
    return True
print(get_type_hints(f))
