# Sequence/MutableSequence mixins: index with bounds, count, reversed, contains, append/extend/pop/remove/+=, reverse
from collections.abc import Sequence, MutableSequence

class Arr(MutableSequence):
    def __init__(self, items=()):
        self._l = list(items)
    def __getitem__(self, i):
        return self._l[i]
    def __setitem__(self, i, v):
        self._l[i] = v
    def __delitem__(self, i):
        del self._l[i]
    def __len__(self):
        return len(self._l)
    def insert(self, i, v):
        self._l.insert(i, v)
    def __repr__(self):
        return f"Arr({self._l})"

a = Arr([1, 2, 3, 2])
print(a.index(2), a.index(2, 2), a.count(2), 3 in a, list(reversed(a)))
try:
    a.index(2, 0, 1)
except ValueError as e:
    print(type(e).__name__ + ":", repr(e))
a.append(5)
a.extend([6, 7])
print(a, a.pop(), a.pop(0), a)
a.remove(2)
a.reverse()
a += [8]
print(a, len(a))
try:
    a.remove(42)
except ValueError as e:
    print(type(e).__name__ + ":", repr(e))
a.extend(a)
print(a)
a.clear()
try:
    a.pop()
except IndexError as e:
    print(type(e).__name__ + ":", e)
print(a, a.index(9) if 9 in a else "no 9")

class Fib(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        a, b = 0, 1
        for _ in range(i):
            a, b = b, a + b
        return a
f = Fib(10)
print(list(f), f.index(21), f.count(1), 34 in f, 35 in f, list(reversed(f))[:3], f.index(1, -5) if False else "ok")
print(Fib(10) == Fib(10), hasattr(f, "append"), iter(f).__class__.__name__)
