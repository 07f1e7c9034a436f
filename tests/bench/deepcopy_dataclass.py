# deepcopy_dataclass: dataclasses with field(default_factory=...), defaults, order=True comparisons and sorting,
# frozen dataclasses as dict keys, __post_init__, dataclasses.asdict/astuple/replace, and copy.deepcopy /
# copy.copy of nested structures of dataclasses, lists, dicts, tuples and shared references.
import copy
from dataclasses import asdict, astuple, dataclass, field, replace


@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int


@dataclass(order=True)
class Item:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False)
    pos: Point = field(default=Point(0, 0), compare=False)


@dataclass
class Inventory:
    owner: str
    items: list = field(default_factory=list)
    index: dict = field(default_factory=dict)
    total: int = 0

    def __post_init__(self):
        self.owner = self.owner.title()

    def add(self, item):
        self.items.append(item)
        self.index.setdefault((item.pos.x, item.pos.y), []).append(item.name)
        self.total += item.priority


def build(seed, n):
    inv = Inventory("owner %d" % seed)
    for i in range(n):
        k = (seed * 31 + i * 17) % 101
        inv.add(Item(k, "item%d" % i, ["t%d" % (k % 5), "s%d" % (i % 3)], Point(k % 7, i % 4)))
    return inv


def main():
    checksum = 0
    shared = [1, 2, 3]
    for seed in range(220):
        inv = build(seed, 60)
        clone = copy.deepcopy(inv)
        assert clone == inv and clone is not inv and clone.items[0].tags is not inv.items[0].tags
        clone.items[0].tags.append("changed")
        shallow = copy.copy(inv)
        checksum += (shallow.items is inv.items) + (clone != inv)
        ordered = sorted(inv.items)
        checksum += ordered[0].priority + ordered[-1].priority + len(inv.index)
        d = asdict(inv)
        checksum += len(d["items"]) + sum(len(it["tags"]) for it in d["items"]) + d["items"][3]["pos"]["x"]
        t = astuple(inv.items[5])
        checksum += t[0] + len(t[2])
        moved = [replace(it, pos=Point(it.pos.y, it.pos.x)) for it in inv.items[:20]]
        checksum += sum(m.pos.x * 3 + m.pos.y for m in moved)
        nested = {"inv": inv, "pair": (shared, shared), "grid": [[Point(i, j) for j in range(5)] for i in range(5)]}
        nc = copy.deepcopy(nested)
        checksum += (nc["pair"][0] is nc["pair"][1]) + (nc["pair"][0] is not shared) + len(nc["grid"])
        checksum += nc["grid"][2][3].y + (nc["grid"][4][4] == Point(4, 4))
    print("checksum:", checksum)
    points = {Point(i % 13, i % 7): i for i in range(2000)}
    print("points:", len(points), min(points), max(points), Point(1, 2) < Point(1, 3))
    inv = build(3, 5)
    print(inv.owner, inv.total, inv.items[1])
    print(asdict(build(1, 2))["items"][1])


main()
