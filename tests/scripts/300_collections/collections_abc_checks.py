# collections.abc: isinstance/issubclass against the ABCs for builtins and for user classes, and the mixins
from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence, MutableSequence,
                             Mapping, MutableMapping, Set, MutableSet, Generator, Collection, Reversible)
import collections.abc

for value in ([], (), {}, set(), frozenset(), "s", b"b", 1, None, range(3), iter([]), (x for x in ()), len):
    print(type(value).__name__, [abc.__name__ for abc in (Iterable, Iterator, Sized, Container, Hashable, Callable,
                                                          Sequence, MutableSequence, Mapping, MutableMapping, Set,
                                                          MutableSet, Generator, Collection, Reversible)
                                 if isinstance(value, abc)])

class Bag(Collection):
    def __init__(self, *items):
        self.items = list(items)
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)

b = Bag(1, 2)
print(isinstance(b, Sized), isinstance(b, Iterable), len(b), 2 in b)

class Frozen(Mapping):
    def __init__(self, data):
        self._d = dict(data)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

f = Frozen({"a": 1, "b": 2})
print(f.get("a"), f.get("z", 9), list(f.keys()), list(f.items()), "a" in f, f == {"a": 1, "b": 2})

class Incomplete(MutableSequence):
    pass

try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)

class Squares(Sequence):
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
    def __len__(self):
        return 5

sq = Squares()
print(list(sq), sq.index(9), sq.count(4), 16 in sq, list(reversed(sq)))

class OnlyLen:
    def __len__(self):
        return 0

print(issubclass(OnlyLen, Sized), issubclass(OnlyLen, Iterable), isinstance(OnlyLen(), collections.abc.Sized))

class S(Set):
    def __init__(self, it):
        self.s = set(it)
    def __contains__(self, x):
        return x in self.s
    def __iter__(self):
        return iter(self.s)
    def __len__(self):
        return len(self.s)

print(sorted(S([1, 2, 3]) & S([2, 3, 4])), sorted(S([1]) | S([2])), S([1, 2]) <= S([1, 2, 3]), S([1]).isdisjoint([2]))
