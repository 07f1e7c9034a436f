# frozen=True: assignment/deletion errors, hashing, use as dict keys, and frozen/non-frozen inheritance rules.
from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"


m = Money(5)
print(m)
for action in ("set", "del", "new"):
    try:
        if action == "set":
            m.amount = 6
        elif action == "del":
            del m.currency
        else:
            m.extra = 1
    except FrozenInstanceError as e:
        print(type(e).__name__ + ":", e, isinstance(e, AttributeError))
print(m, hash(m) == hash(Money(5, "EUR")), hash(m) == hash((5, "EUR")))

prices = {Money(1): "one", Money(2): "two", Money(1, "USD"): "dollar"}
print(prices[Money(1)], prices[Money(1, "USD")], Money(2) in prices, Money(3) in prices)
print(len({Money(1), Money(1), Money(2)}))


@dataclass(frozen=True)
class Tagged(Money):
    tag: str = ""


t = Tagged(3, "GBP", "x")
print(t, t == Money(3, "GBP"))
try:
    t.tag = "y"
except FrozenInstanceError as e:
    print(type(e).__name__ + ":", e)


class Loose(Money):
    pass


lo = Loose(1)
lo.extra = 5
print(lo.extra, lo)
try:
    lo.amount = 3
except FrozenInstanceError as e:
    print(type(e).__name__ + ":", e)


@dataclass
class Mutable:
    x: int = 0


for base, frozen in ((Money, False), (Mutable, True)):
    try:
        @dataclass(frozen=frozen)
        class Bad(base):
            y: int = 0
    except TypeError as e:
        print(type(e).__name__ + ":", e)


@dataclass(frozen=True)
class WithList:
    items: list = field(default_factory=list)


w = WithList()
w.items.append(1)
print(w)
try:
    hash(w)
except TypeError as e:
    print(type(e).__name__ + ":", e)
