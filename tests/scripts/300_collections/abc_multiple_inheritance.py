# ABCs with multiple inheritance: abstract methods satisfied by a mixin, diamond, metaclass of mixed bases
from abc import ABC, ABCMeta, abstractmethod
from collections.abc import Sized, Iterable

class Reader(ABC):
    @abstractmethod
    def read(self): ...
class Writer(ABC):
    @abstractmethod
    def write(self, data): ...
class ReadMixin:
    def read(self):
        return "mixin read"
class RW(ReadMixin, Reader, Writer):
    def write(self, data):
        return f"wrote {data}"
print(RW().read(), RW().write(1), sorted(Reader.__abstractmethods__), RW.__abstractmethods__)
class WrongOrder(Reader, ReadMixin):
    pass
try:
    WrongOrder()
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Plain:
    pass
class Mixed(Plain, Reader):
    def read(self):
        return "mixed"
print(type(Mixed).__name__, Mixed().read(), isinstance(Mixed(), Reader), [c.__name__ for c in Mixed.__mro__])
class Box(Sized, Iterable):
    def __init__(self, *v):
        self.v = v
    def __len__(self):
        return len(self.v)
    def __iter__(self):
        return iter(self.v)
print(len(Box(1, 2)), list(Box(3)), isinstance(Box(), Sized))
class Meta(type):
    pass
try:
    class Conflict(Reader, metaclass=Meta):
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
class Base(ABC):
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def b(self): ...
class Left(Base):
    def a(self):
        return "left a"
class Right(Base):
    def b(self):
        return "right b"
class Diamond(Left, Right):
    pass
d = Diamond()
print(d.a(), d.b(), Left.__abstractmethods__, Diamond.__abstractmethods__)
