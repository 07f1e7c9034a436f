# Custom containers: a ring buffer with __iter__/__reversed__/__getitem__ slicing, a paginator and a lazy range-like sequence.
from collections.abc import Sequence, Iterator, MutableSequence
from itertools import islice


class RingBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self._data = [None] * capacity
        self._start = 0
        self._size = 0

    def append(self, item):
        end = (self._start + self._size) % self.capacity
        self._data[end] = item
        if self._size < self.capacity:
            self._size += 1
        else:
            self._start = (self._start + 1) % self.capacity

    def __len__(self):
        return self._size

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("ring index out of range")
        return self._data[(self._start + index) % self.capacity]

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __reversed__(self):
        return (self[i] for i in range(len(self) - 1, -1, -1))

    def __repr__(self):
        return f"RingBuffer({list(self)}, cap={self.capacity})"


class Paginator(Iterator):
    def __init__(self, items, per_page):
        self.items, self.per_page, self.page = items, per_page, 0

    def __next__(self):
        start = self.page * self.per_page
        if start >= len(self.items):
            raise StopIteration
        self.page += 1
        return self.page, self.items[start:start + self.per_page]


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if not -self.n <= i < self.n:
            raise IndexError(i)
        return (i % self.n) ** 2


class Legacy:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return "abcd"[i]


rb = RingBuffer(4)
for x in range(1, 7):
    rb.append(x * 10)
print(rb, len(rb), rb[0], rb[-1], rb[1:3], rb[::-2])
print(list(reversed(rb)), 30 in rb, 10 in rb, sum(rb), max(rb), sorted(rb, reverse=True)[:2])
try:
    rb[4]
except IndexError as e:
    print("IndexError:", e)
for page, chunk in Paginator(list("abcdefghij"), 4):
    print(f"page {page}: {''.join(chunk)}")
p = Paginator(list(range(7)), 3)
print(next(p), list(p), next(p, "done"))
sq = Squares(10)
print(sq[3], sq[-1], sq[2:8:2], 49 in sq, sq.index(64), sq.count(4), list(reversed(sq))[:3])
print(isinstance(sq, Sequence), isinstance(rb, Sequence), isinstance(Paginator([], 1), Iterator))
print(list(Legacy()), "c" in Legacy(), list(enumerate(Legacy(), 1)), "".join(islice(Legacy(), 1, 3)))
it = iter(rb)
print(next(it), next(it), list(zip(it, "xyz")))
print(issubclass(list, MutableSequence), issubclass(tuple, MutableSequence), dict(zip(sq, rb)))
