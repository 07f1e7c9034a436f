# Set/MutableSet mixins: comparisons, &|^-, with plain iterables, _from_iterable override, _hash, MutableSet ops
from collections.abc import Set, MutableSet

class ListSet(Set):
    def __init__(self, it=()):
        self.items = []
        for x in it:
            if x not in self.items:
                self.items.append(x)
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        return x in self.items
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return f"LS{self.items}"

a, b = ListSet([1, 2, 3]), ListSet([3, 4])
print(a & b, a | b, a - b, a ^ b, type(a | b).__name__)
print(a <= ListSet([1, 2, 3, 4]), a < a, a >= ListSet([1]), a > a, a == ListSet([3, 2, 1]), a != b)
print(a & [2, 3, 9], [2, 9] & a if False else "rand skipped", a.isdisjoint([7, 8]), a.isdisjoint(b))
print(a == {1, 2, 3}, {1, 2, 3} == a, a <= {1, 2, 3, 4})
print(ListSet._hash(ListSet([1, 2])) == ListSet._hash(ListSet([2, 1])), a.__hash__ is None)
try:
    a | 5
except TypeError as e:
    print(type(e).__name__ + ":", e)

class MSet(MutableSet):
    def __init__(self, it=()):
        self.s = set()
        for x in it:
            self.add(x)
    def __contains__(self, x):
        return x in self.s
    def __iter__(self):
        return iter(sorted(self.s))
    def __len__(self):
        return len(self.s)
    def add(self, x):
        self.s.add(x)
    def discard(self, x):
        self.s.discard(x)
    def __repr__(self):
        return f"MSet({sorted(self.s)})"

m = MSet([5, 1, 3])
m |= [7]
m &= {1, 3, 7, 9}
m ^= [3, 10]
m -= [1]
print(m)
m.remove(7)
try:
    m.remove(42)
except KeyError as e:
    print(type(e).__name__ + ":", e)
print(m.pop(), m, len(m))
m.clear()
try:
    m.pop()
except KeyError as e:
    print(type(e).__name__ + ":", repr(e))
