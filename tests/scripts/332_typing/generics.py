# typing: TypeVar, Generic classes, Protocol with runtime_checkable, NewType
from typing import TypeVar, Generic, Protocol, runtime_checkable, NewType, List, Dict
T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V", bound=int)
C = TypeVar("C", covariant=True)
print(T, V, C, V.__bound__, T.__name__, List[T], Dict[K, T], Dict[K, T][str, int])
class Box(Generic[T]):
    def __init__(self, item):
        self.item = item
    def get(self):
        return self.item
b = Box[int](5)
print(Box[int], b.get(), b.__orig_class__, Box.__parameters__, Box(3).item)
class Pair(Generic[K, T]):
    pass
print(Pair[str, int], Pair.__parameters__)
try:
    Box[int, str]
except TypeError as e:
    print("TypeError:", e)
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class File:
    def close(self): pass
class Nope:
    pass
print(isinstance(File(), Closable), isinstance(Nope(), Closable), issubclass(File, Closable))
class Drawable(Protocol):
    def draw(self): ...
try:
    isinstance(File(), Drawable)
except TypeError as e:
    print("TypeError:", e)
UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__)
