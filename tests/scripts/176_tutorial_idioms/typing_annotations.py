# Real Python type hints: annotations, get_type_hints, NamedTuple, TypedDict, Protocol, Generic, TypeVar
from typing import (Any, Callable, Dict, Generic, List, NamedTuple, Optional, Protocol, Tuple,
                    TypedDict, TypeVar, Union, get_type_hints, get_origin, get_args)

def headline(text: str, align: bool = True) -> str:
    return text.title() if align else f" {text} ".center(20, "o")
print(headline("python type checking"), headline("use mypy", align=False))
print(headline.__annotations__)
pi: float = 3.142
names: List[str] = ["Guido", "Jukka", "Ivan"]
options: Dict[str, bool] = {"centered": False, "capitalize": True}
print(__annotations__["pi"], __annotations__["names"], __annotations__["options"])

class Card(NamedTuple):
    rank: str
    suit: str = "♠"
c = Card("Q")
print(c, c._asdict(), c._replace(suit="♥"), Card._fields, Card._field_defaults)

class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "Blade Runner", "year": 1982}
print(m, type(m).__name__, sorted(Movie.__annotations__))

T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s: Stack[int] = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), s.items, Stack[int])

class SupportsClose(Protocol):
    def close(self) -> None: ...
class Resource:
    def close(self) -> None:
        print("closed")
def shutdown(r: SupportsClose) -> None:
    r.close()
shutdown(Resource())

def apply(f: Callable[[int, int], int], xs: Tuple[int, ...]) -> Optional[int]:
    return None if not xs else f(*xs[:2])
print(apply(lambda a, b: a * b, (6, 7)), apply(max, ()))
hints = get_type_hints(apply)
print(hints["f"], hints["xs"], hints["return"])
print(get_origin(Dict[str, int]), get_args(Dict[str, int]), get_args(Union[int, str]), Optional[int])
print(int | None, list[int], dict[str, list[int]], Any)
def first(xs: list[T]) -> T:
    return xs[0]
print(first(["a", "b"]), first.__annotations__)
