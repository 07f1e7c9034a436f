# typing: Protocol with runtime_checkable isinstance/issubclass, data members, non-runtime errors, inheritance.
from typing import Protocol, runtime_checkable
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
@runtime_checkable
class Sized2(Protocol):
    size: int
    def area(self) -> int: ...
class File:
    def close(self):
        return "closed"
class Sq:
    size = 3
    def area(self):
        return self.size ** 2
class NoArea:
    size = 1
print(isinstance(File(), Closable), isinstance(5, Closable), issubclass(File, Closable))
print(isinstance(Sq(), Sized2), isinstance(NoArea(), Sized2))
class Plain(Protocol):
    def go(self): ...
try:
    isinstance(File(), Plain)
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Impl(Plain):
    def go(self):
        return "went"
print(Impl().go(), isinstance(Impl(), Impl))
try:
    runtime_checkable(int)
except TypeError as e:
    print(type(e).__name__ + ":", e)
@runtime_checkable
class Both(Closable, Protocol):
    def open(self): ...
class Door:
    def open(self): pass
    def close(self): pass
print(isinstance(Door(), Both), isinstance(File(), Both), Both._is_protocol)
