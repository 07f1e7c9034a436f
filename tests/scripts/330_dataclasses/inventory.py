# Realistic program: an inventory with nested dataclasses, order=True sorting, asdict, replace, frozen keys.
from dataclasses import dataclass, field, asdict, astuple, replace, fields


@dataclass(frozen=True, order=True)
class SKU:
    category: str
    code: int

    def __str__(self):
        return f"{self.category[:3].upper()}-{self.code:04d}"


@dataclass(frozen=True)
class Location:
    aisle: str
    shelf: int


@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    sku: SKU
    name: str
    price: float
    qty: int = 0
    locations: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_key = (-self.qty, self.name)

    @property
    def value(self):
        return round(self.price * self.qty, 2)


@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    log: list = field(default_factory=list, repr=False)

    def add(self, item):
        self.items[item.sku] = item
        self.log.append(("add", str(item.sku)))

    def restock(self, sku, n):
        old = self.items[sku]
        self.items[sku] = replace(old, qty=old.qty + n)
        self.log.append(("restock", str(sku), n))

    def total(self):
        return round(sum(i.value for i in self.items.values()), 2)


inv = Inventory()
inv.add(Item(SKU("tools", 12), "hammer", 9.5, 4, [Location("A", 1)]))
inv.add(Item(SKU("tools", 3), "wrench", 7.25, 10))
inv.add(Item(SKU("garden", 7), "rake", 15.0, 4, [Location("C", 2), Location("C", 3)]))
inv.add(Item(SKU("paint", 1), "brush", 2.4))
inv.restock(SKU("paint", 1), 25)

print("by quantity:")
for item in sorted(inv.items.values()):
    print(" ", item.sku, item.name, item.qty, item.value)
print("by sku:", [str(s) for s in sorted(inv.items)])
print("total value:", inv.total())
print(inv.items[SKU("tools", 12)])
print(asdict(inv.items[SKU("garden", 7)]))
print(astuple(inv.items[SKU("tools", 12)].locations[0]))
print(inv.log)

where = {}
for item in inv.items.values():
    for loc in item.locations:
        where.setdefault(loc, []).append(item.name)
print(where[Location("C", 2)], Location("A", 1) in where, Location("B", 1) in where)
try:
    asdict(inv)  # the SKU keys would become dicts, which cannot be keys
except TypeError as e:
    print(type(e).__name__ + ":", e)
snapshot = [asdict(i) for i in sorted(inv.items.values(), key=lambda i: i.sku)]
print(snapshot[0])
print(sorted(snapshot[-1]), [s["sku"]["code"] for s in snapshot])
print([f.name for f in fields(Item)], Item.__match_args__)
cheap = [i.name for i in inv.items.values() if i.price < 10]
print(sorted(cheap))
print(min(inv.items), max(inv.items).code)
