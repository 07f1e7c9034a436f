# realistic program: a warehouse inventory using Enum categories, IntEnum priorities, StrEnum units and auto().
from enum import Enum, IntEnum, StrEnum, auto, unique


@unique
class Category(Enum):
    TOOLS = auto()
    FOOD = auto()
    TOYS = auto()

    @property
    def label(self):
        return self.name.capitalize()


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    URGENT = 3


class Unit(StrEnum):
    PIECE = auto()
    KG = auto()
    BOX = auto()


class Item:
    def __init__(self, name, category, qty, unit=Unit.PIECE, priority=Priority.NORMAL):
        self.name, self.category, self.qty, self.unit, self.priority = name, category, qty, unit, priority

    def __repr__(self):
        return f"Item({self.name!r}, {self.category}, {self.qty} {self.unit}, {self.priority.name})"


stock = [
    Item("hammer", Category.TOOLS, 12),
    Item("apples", Category.FOOD, 30, Unit.KG, Priority.URGENT),
    Item("kite", Category.TOYS, 3, priority=Priority.LOW),
    Item("saw", Category.TOOLS, 0, priority=Priority.URGENT),
    Item("rice", Category.FOOD, 8, Unit.BOX),
]

by_category = {c: [] for c in Category}
for item in stock:
    by_category[item.category].append(item.name)
for category, names in by_category.items():
    print(f"{category.label:<6} {category.value}: {', '.join(names)}")

for item in sorted(stock, key=lambda i: (-i.priority, i.name)):
    print(repr(item))

restock = [i.name for i in stock if i.qty < 5 and i.priority >= Priority.NORMAL]
print("restock:", restock)
print("urgent total:", sum(i.qty for i in stock if i.priority is Priority.URGENT))
report = {u.value: sum(i.qty for i in stock if i.unit == u) for u in Unit}
print(report)
order = "tools:4,food:2,toys:1"
for part in order.split(","):
    cat, n = part.split(":")
    print(Category[cat.upper()], "x", n, "priority", Priority(int(n) if int(n) <= 3 else 3))
print(repr(Unit("kg")), Unit.BOX.upper(), f"{Priority.URGENT:>3}|", Priority.URGENT * 10)
