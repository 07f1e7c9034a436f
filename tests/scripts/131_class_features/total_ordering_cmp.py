# functools.total_ordering fills comparisons; reflected comparisons and mixed-type errors
from functools import total_ordering
@total_ordering
class Card:
    ranks = "23456789TJQKA"
    def __init__(self, s): self.s = s
    def __eq__(self, o):
        return isinstance(o, Card) and self.s == o.s
    def __lt__(self, o):
        if not isinstance(o, Card): return NotImplemented
        return self.ranks.index(self.s) < self.ranks.index(o.s)
    def __repr__(self): return self.s
hand = [Card(c) for c in "K2TA5"]
print(sorted(hand), max(hand), min(hand))
print(Card("Q") >= Card("J"), Card("2") > Card("3"), Card("5") <= Card("5"))
print(Card("A") == "A", Card("A") != Card("K"))
try:
    Card("A") < 3
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([Card("A"), 1])
except TypeError as e:
    print("TypeError:", e)
