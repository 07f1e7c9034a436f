# Processing warehouse commands given as dicts/tuples with structural pattern matching (mapping, class, sequence patterns).
from dataclasses import dataclass
from collections import Counter


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Pallet:
    sku: str
    qty: int
    at: Point


class Bin:
    __match_args__ = ("label", "capacity")

    def __init__(self, label, capacity):
        self.label, self.capacity = label, capacity


warehouse: dict[str, Pallet] = {}
moves = Counter()


def handle(cmd):
    match cmd:
        case {"op": "store", "sku": str(sku), "qty": int(q), "at": (x, y)} if q > 0:
            warehouse[sku] = Pallet(sku, q, Point(x, y))
            return f"stored {q} x {sku} at ({x},{y})"
        case {"op": "store", **rest}:
            return f"invalid store: {sorted(rest)}"
        case {"op": "move", "sku": sku, "to": Point(x=0, y=0)}:
            moves["dock"] += 1
            warehouse[sku].at = Point(0, 0)
            return f"{sku} sent to dock"
        case {"op": "move", "sku": sku, "to": Point() as p}:
            moves["internal"] += 1
            warehouse[sku].at = p
            return f"{sku} moved to {p}"
        case ("pick", sku, int(n)) if sku in warehouse and warehouse[sku].qty >= n:
            warehouse[sku].qty -= n
            return f"picked {n} {sku}, {warehouse[sku].qty} left"
        case ("pick", sku, _):
            return f"cannot pick {sku}"
        case ["report", *skus]:
            chosen = skus or sorted(warehouse)
            return "; ".join(f"{s}={warehouse[s].qty}@{warehouse[s].at.x},{warehouse[s].at.y}" for s in chosen)
        case Bin("overflow" | "returns" as label, cap) if cap < 10:
            return f"small {label} bin ({cap})"
        case Bin(label, capacity=c):
            return f"bin {label} holds {c}"
        case Pallet(sku=s, qty=0):
            return f"empty pallet {s}"
        case str() as text if text.isdigit():
            return f"numeric code {int(text):05d}"
        case None | "":
            return "no-op"
        case float(v) | int(v):
            return f"scalar {v!r}"
        case _:
            return f"unknown {type(cmd).__name__}"


commands = [
    {"op": "store", "sku": "bolt", "qty": 500, "at": (3, 4)},
    {"op": "store", "sku": "nut", "qty": 250, "at": [1, 9]},
    {"op": "store", "sku": "gear", "qty": 0, "at": (2, 2)},
    {"op": "move", "sku": "bolt", "to": Point(0, 0)},
    {"op": "move", "sku": "nut", "to": Point(7, 7), "urgent": True},
    ("pick", "bolt", 120), ("pick", "nut", 1000), ["pick", "nut", 50], ("pick", "washer", 1),
    ["report"], ("report", "nut"),
    Bin("overflow", 4), Bin("main", 400), Bin("returns", 40),
    Pallet("spring", 0, Point(1, 1)), Pallet("spring", 3, Point(1, 1)),
    "0042", "", None, 3.5, 7, {"op": "explode"}, b"raw",
]
for c in commands:
    print(f"{handle(c)}")
print(dict(moves), sorted(warehouse))
