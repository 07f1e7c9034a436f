# realistic program: a dataclass/enum warehouse inventory with restock rules, reports, and flag-based handling.
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, IntEnum, Flag, StrEnum, auto
from functools import total_ordering
class Category(StrEnum):
    TOOLS = auto()
    FOOD = auto()
    TOYS = auto()
class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    URGENT = 3
class Handling(Flag):
    NONE = 0
    FRAGILE = auto()
    COLD = auto()
    HEAVY = auto()
@dataclass(frozen=True, order=True)
class Sku:
    code: str
    variant: int = 0
    def __str__(self):
        return f"{self.code}-{self.variant:02d}"
@dataclass
class Item:
    sku: Sku
    name: str
    category: Category
    qty: int = 0
    min_qty: int = 5
    handling: Handling = Handling.NONE
    history: list = field(default_factory=list, repr=False, compare=False)
    def take(self, n):
        if n > self.qty:
            raise ValueError(f"only {self.qty} of {self.sku} left, wanted {n}")
        self.qty -= n
        self.history.append(-n)
    def restock_priority(self):
        if self.qty == 0:
            return Priority.URGENT
        return Priority.NORMAL if self.qty < self.min_qty else Priority.LOW
@dataclass
class Warehouse:
    items: dict = field(default_factory=dict)
    def add(self, item):
        if item.sku in self.items:
            raise KeyError(f"duplicate {item.sku}")
        self.items[item.sku] = item
    def by_category(self):
        out = {}
        for it in sorted(self.items.values(), key=lambda i: i.sku):
            out.setdefault(it.category, []).append(it.name)
        return out
w = Warehouse()
w.add(Item(Sku("HAM"), "hammer", Category.TOOLS, 12, handling=Handling.HEAVY))
w.add(Item(Sku("MLK", 1), "milk", Category.FOOD, 3, 10, Handling.COLD | Handling.FRAGILE))
w.add(Item(Sku("MLK", 0), "cream", Category.FOOD, 0, 2, Handling.COLD))
w.add(Item(Sku("CAR"), "toy car", Category.TOYS, 7))
try:
    w.add(Item(Sku("HAM"), "dup", Category.TOOLS))
except KeyError as e:
    print("error:", e)
w.items[Sku("HAM")].take(4)
try:
    w.items[Sku("MLK", 1)].take(9)
except ValueError as e:
    print("error:", e)
print(w.by_category())
for it in sorted(w.items.values(), key=lambda i: (-i.restock_priority(), i.sku)):
    flags = "+".join(m.name for m in it.handling) or "-"
    print(f"{str(it.sku):8} {it.name:8} {it.category:6} qty={it.qty:3d} {it.restock_priority().name:7} {flags}")
cold = [str(s) for s, it in sorted(w.items.items()) if Handling.COLD in it.handling]
print("cold chain:", cold, Handling.COLD | Handling.FRAGILE)
print(asdict(w.items[Sku("CAR")]))
print(replace(w.items[Sku("CAR")], qty=99), w.items[Sku("HAM")].history)
print(Priority.URGENT > Priority.LOW, max(it.restock_priority() for it in w.items.values()), repr(Category.FOOD))
