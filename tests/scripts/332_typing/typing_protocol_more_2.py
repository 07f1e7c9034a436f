# typing: protocols with data members refuse issubclass, Protocol classes cannot be instantiated, None members don't count.
from typing import Protocol, runtime_checkable
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
@runtime_checkable
class HasSize(Protocol):
    size: int
class Sq:
    size = 3
try:
    print(issubclass(Sq, HasSize))
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    print(Closable())
except TypeError as e:
    print(type(e).__name__ + ":", e)
class NoneClose:
    close = None
print(isinstance(NoneClose(), Closable), issubclass(NoneClose, Closable))
