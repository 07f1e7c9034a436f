# Real Python dataclasses: defaults, field(default_factory), ordering, frozen, __post_init__, asdict/replace
from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List

@dataclass
class InventoryItem:
    """Class for keeping track of an item in inventory."""
    name: str
    unit_price: float
    quantity_on_hand: int = 0
    def total_cost(self) -> float:
        return self.unit_price * self.quantity_on_hand

item = InventoryItem("widget", 3.5, 10)
print(item, item.total_cost())
print(item == InventoryItem("widget", 3.5, 10), item == InventoryItem("widget", 3.5))

@dataclass(order=True)
class PlayingCard:
    sort_index: int = field(init=False, repr=False)
    rank: str
    suit: str
    def __post_init__(self):
        self.sort_index = "2 3 4 5 6 7 8 9 10 J Q K A".split().index(self.rank)
    def __str__(self):
        return f"{self.suit}{self.rank}"

cards = [PlayingCard("Q", "♥"), PlayingCard("2", "♠"), PlayingCard("A", "♦"), PlayingCard("10", "♣")]
print(sorted(cards))
print(", ".join(str(c) for c in sorted(cards, reverse=True)))
print(max(cards), PlayingCard("Q", "♥") > PlayingCard("J", "♠"))

@dataclass
class Deck:
    cards: List[PlayingCard] = field(default_factory=list)
d1, d2 = Deck(), Deck()
d1.cards.append(cards[0])
print(len(d1.cards), len(d2.cards))

@dataclass(frozen=True)
class Position:
    name: str
    lon: float = 0.0
    lat: float = 0.0
pos = Position("Oslo", 10.8, 59.9)
print(pos, asdict(pos), astuple(pos))
print(replace(pos, name="Bergen"))
print([f.name for f in fields(Position)], [f.type for f in fields(InventoryItem)])
print(hash(pos) == hash(Position("Oslo", 10.8, 59.9)))
try:
    pos.name = "Trondheim"
except Exception as e:
    print(type(e).__name__, e)
print(InventoryItem.__doc__)
print(Deck.__init__.__annotations__ if False else sorted(InventoryItem.__annotations__))
