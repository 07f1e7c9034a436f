# A small warehouse inventory: dataclasses, enums, properties, Counter and formatted reports.
from dataclasses import dataclass, field
from enum import Enum, auto
from collections import Counter, defaultdict


class Category(Enum):
    TOOLS = auto()
    FOOD = auto()
    TOYS = auto()


@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    category: Category = field(compare=False)
    price: float = field(compare=False)
    qty: int = field(default=0, compare=False)

    @property
    def value(self) -> float:
        return self.price * self.qty

    def restock(self, n: int) -> None:
        if n <= 0:
            raise ValueError(f"restock amount must be positive: {n}")
        self.qty += n


class Inventory:
    def __init__(self):
        self._items: dict[str, Item] = {}
        self.log: list[str] = []

    def add(self, item: Item) -> None:
        self._items[item.sku] = item
        self.log.append(f"add {item.sku}")

    def sell(self, sku: str, n: int) -> float:
        item = self._items[sku]
        if item.qty < n:
            self.log.append(f"short {sku} ({item.qty} < {n})")
            return 0.0
        item.qty -= n
        self.log.append(f"sell {sku} x{n}")
        return item.price * n

    def __iter__(self):
        return iter(sorted(self._items.values()))

    def __len__(self):
        return len(self._items)

    def by_category(self) -> dict[Category, list[Item]]:
        groups = defaultdict(list)
        for item in self:
            groups[item.category].append(item)
        return dict(groups)


inv = Inventory()
inv.add(Item("T-100", "hammer", Category.TOOLS, 12.5, 10))
inv.add(Item("F-200", "apples", Category.FOOD, 0.35, 300))
inv.add(Item("T-050", "wrench", Category.TOOLS, 9.99, 4))
inv.add(Item("Y-001", "yo-yo", Category.TOYS, 2.0))
inv.add(Item("F-010", "bread", Category.FOOD, 2.49, 20))

revenue = 0.0
for sku, n in [("T-100", 3), ("F-200", 120), ("T-050", 5), ("F-010", 20), ("Y-001", 1)]:
    revenue += inv.sell(sku, n)
inv._items["Y-001"].restock(25)
try:
    inv._items["T-050"].restock(0)
except ValueError as e:
    print("error:", e)

print(f"{'SKU':<6} {'name':<8} {'cat':<6} {'price':>7} {'qty':>5} {'value':>9}")
for item in inv:
    print(f"{item.sku:<6} {item.name:<8} {item.category.name:<6} {item.price:>7.2f} {item.qty:>5d} {item.value:>9,.2f}")
print(f"revenue: ${revenue:,.2f}  items: {len(inv)}")

for cat, items in sorted(inv.by_category().items(), key=lambda kv: kv[0].value):
    total = sum(i.value for i in items)
    print(f"{cat.name.title():>6}: {', '.join(i.name for i in items)} -> {total:.1f}")

actions = Counter(entry.split()[0] for entry in inv.log)
print(sorted(actions.items()), actions.most_common(1))
print(inv.log[-3:])
empty = [i.sku for i in inv if i.qty == 0]
print("out of stock:", empty or "none")
print(max(inv, key=lambda i: i.value).name, min(inv).sku, Item("A", "x", Category.TOYS, 1.0) < min(inv))
