# custom sequence protocol: __len__/__getitem__ (slices)/__iter__/__contains__/__reversed__/__setitem__
class Deck:
    def __init__(self, cards): self.cards = list(cards)
    def __len__(self): return len(self.cards)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Deck(self.cards[i])
        return self.cards[i]
    def __setitem__(self, i, v): self.cards[i] = v
    def __delitem__(self, i): del self.cards[i]
    def __repr__(self): return f"Deck({self.cards})"
d = Deck("ABCDE")
print(len(d), d[0], d[-1], d[1:3], d[::2], list(d), "C" in d, "Z" in d)
print(list(reversed(d)), sorted(d, reverse=True), bool(Deck([])))
d[0] = "a"; del d[1]
print(d)
for i, c in enumerate(d): print(i, c, end=" ")
print()

class OldIter:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(OldIter()), 20 in OldIter(), 5 in OldIter())

class Bag:
    def __init__(self, *items): self.items = items
    def __iter__(self):
        print("iter called")
        return iter(self.items)
    def __contains__(self, x):
        print("contains called")
        return x in self.items
    def __reversed__(self):
        return iter(self.items[::-1])
b = Bag(1, 2, 3)
print(2 in b, list(reversed(b)), [*b], max(b))
class NoLen: pass
try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    NoLen()[0]
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    iter(NoLen())
except TypeError as e:
    print(type(e).__name__ + ":", e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__ + ":", e)
class Map:
    def __getitem__(self, k): return k.upper()
    def keys(self): return ["a", "b"]
print(dict(**Map()), {**Map()})
