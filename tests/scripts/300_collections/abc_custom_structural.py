# collections.abc one-trick ponies: structural checks via __subclasshook__, None blocking, inheritance
from collections.abc import Iterable, Iterator, Sized, Container, Hashable, Callable, Reversible, Collection, Awaitable

class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
class OnlyNext:
    def __next__(self):
        return 1
class Blocked(It):
    __iter__ = None
class NoHash:
    __hash__ = None
class WithEq:
    def __eq__(self, other):
        return True
class Call:
    def __call__(self):
        pass
class Rev:
    def __iter__(self):
        return iter([])
    def __reversed__(self):
        return iter([])
class Coll:
    def __len__(self):
        return 0
    def __iter__(self):
        return iter(())
    def __contains__(self, x):
        return False
class Aw:
    def __await__(self):
        yield

for cls in (It, OnlyNext, Blocked, NoHash, WithEq, Call, Rev, Coll, Aw):
    print(cls.__name__, [a.__name__ for a in (Iterable, Iterator, Sized, Container, Hashable, Callable, Reversible,
                                              Collection, Awaitable) if issubclass(cls, a)])
class Sub(Coll):
    __len__ = None
print(issubclass(Sub, Sized), issubclass(Sub, Collection), issubclass(Sub, Container))
print(isinstance(It(), Iterator), isinstance(It, Callable), isinstance(Call(), Callable), isinstance(print, Callable))
try:
    issubclass(It(), Iterable)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(issubclass(It, (Sized, Iterator)), isinstance(3, (Sized, Hashable)))
