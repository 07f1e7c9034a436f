# container protocol: __len__, __getitem__ with slices, __contains__, __iter__ fallback via __getitem__, __reversed__
class Deck:
    def __init__(self, cards): self._cards = list(cards)
    def __len__(self): return len(self._cards)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Deck(self._cards[i])
        return self._cards[i]
    def __repr__(self): return f"Deck({self._cards})"
d = Deck("ABCDE")
print(len(d), d[0], d[-1], d[1:4], d[::2])
print(list(d), "C" in d, "Z" in d, list(reversed(d)))
print(bool(Deck([])), bool(d))
class Range3:
    def __contains__(self, x):
        print("contains", x)
        return 0 <= x < 3
    def __reversed__(self):
        return iter([2, 1, 0])
r = Range3()
print(1 in r, 5 not in r, list(reversed(r)))
try:
    iter(r)
except TypeError as e:
    print("TypeError:", e)
