# builtins dispatching to dunder protocols: len/bool/iter/contains/reversed/index/hash/format and their errors
class Bag:
    def __init__(self, *xs): self.xs = list(xs)
    def __len__(self): return len(self.xs)
    def __iter__(self): return iter(self.xs)
class Rev(Bag):
    def __reversed__(self): return iter(["custom"])
class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
print(len(Bag(1, 2)), bool(Bag()), bool(Bag(0)), 2 in Bag(1, 2), 3 in Bag(1, 2), list(Rev(1, 2)), list(reversed(Rev())))
print(sorted(Bag(3, 1, 2)), sum(Bag(1, 2)), max(Bag("a", "b")), list(enumerate(Bag("x"))), dict(zip(Bag("k"), Bag(1))))
L = list(range(10))
print(L[Idx(3)], L[Idx(1):Idx(4)], range(Idx(3)), hex(Idx(255)), bin(Idx(5)), [1, 2][Idx(-1)], chr(Idx(97)))
class BadLen:
    def __len__(self): return -1
class StrLen:
    def __len__(self): return "3"
class BoolBad:
    def __bool__(self): return 1
class NoIter:
    pass
class HashStr:
    def __hash__(self): return "h"
for f in [lambda: len(BadLen()), lambda: len(StrLen()), lambda: bool(BoolBad()), lambda: iter(NoIter()), lambda: 1 in NoIter(),
          lambda: reversed(NoIter()), lambda: L[Idx("x")] if False else L["x"], lambda: hash(HashStr()), lambda: len(NoIter()),
          lambda: list(NoIter()), lambda: [1][float(1)], lambda: next(Bag(1))]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class Getitem:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * i
print(list(Getitem()), 4 in Getitem(), 5 in Getitem(), list(iter(Getitem())), sorted(Getitem(), reverse=True))
class Truthy:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print([bool(Truthy(n)) for n in range(3)], any(Truthy(n) for n in [0, 0]), all([Truthy(1), Truthy(2)]), not Truthy(0))
