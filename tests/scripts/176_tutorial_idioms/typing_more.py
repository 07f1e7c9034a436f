# Real Python typing extras: Literal, Final, TypeAlias, overload, ParamSpec decorator, cast, runtime_checkable
from typing import (Literal, Final, TypeAlias, overload, Union, cast, Callable, TypeVar, ParamSpec,
                    runtime_checkable, Protocol, Iterable, Iterator, Sequence, ClassVar, Annotated, get_type_hints)
Mode = Literal["r", "w"]
def open_mode(m: Mode) -> str:
    return {"r": "reading", "w": "writing"}[m]
print(open_mode("r"), Mode, Literal["r", "w"].__args__)
MAX_SIZE: Final = 100
Vector: TypeAlias = list[float]
def scale(v: Vector, k: float) -> Vector:
    return [x * k for x in v]
print(scale([1.0, 2.5], 2), MAX_SIZE)
@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x: Union[int, str]) -> Union[int, str]:
    return x * 2
print(double(4), double("ab"))
P = ParamSpec("P")
R = TypeVar("R")
def logged(f: Callable[P, R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print("calling", f.__name__, args, kwargs)
        return f(*args, **kwargs)
    return inner
@logged
def add(a: int, b: int = 0) -> int:
    return a + b
print(add(1, b=2), cast(int, "not really"), cast("list[int]", [1]))
@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...
class Square:
    def draw(self) -> str:
        return "[]"
print(isinstance(Square(), Drawable), isinstance(3, Drawable))
def evens(xs: Iterable[int]) -> Iterator[int]:
    return (x for x in xs if x % 2 == 0)
print(list(evens(range(7))))
class Counter:
    instances: ClassVar[int] = 0
    label: Annotated[str, "short label"] = "c"
print(get_type_hints(Counter), get_type_hints(Counter, include_extras=True)["label"])
def total(xs: Sequence[float]) -> float:
    return sum(xs)
print(total((1.5, 2.5)), total.__annotations__["xs"], TypeVar("T", bound=int), P)
