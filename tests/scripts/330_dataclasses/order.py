# order=True: generated __lt__/__le__/__gt__/__ge__, sorting, compare=False fields and mixed-type comparisons.
from dataclasses import dataclass, field


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9, 9), Version(1, 2, 1, "rc"), Version(1), Version(1, 2, label="final")]
print(sorted(vs))
print(max(vs), min(vs))
print(Version(1) < Version(1, 0, 1), Version(2) <= Version(2), Version(3) > Version(2, 9), Version(1) >= Version(2))
print(Version(1, label="a") == Version(1, label="b"))
print(sorted(vs, reverse=True)[0])

for op in ("<", "<=", ">", ">="):
    try:
        eval(f"Version(1) {op} (1, 0, 0)")
    except TypeError as e:
        print(type(e).__name__ + ":", e)


@dataclass(order=True)
class Other:
    major: int


try:
    Version(1) < Other(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(Version(1) == Other(1))


@dataclass(order=True)
class Sub(Version):
    pass


try:
    print(Sub(1) < Version(2))
except TypeError as e:
    print(type(e).__name__ + ":", e)


@dataclass(order=True, frozen=True)
class Card:
    rank: int
    suit: str


hand = [Card(10, "hearts"), Card(2, "spades"), Card(10, "clubs"), Card(14, "diamonds")]
hand.sort()
print(hand)
print(Version.__lt__.__qualname__, Card.__ge__.__name__)


@dataclass
class Unordered:
    x: int


try:
    Unordered(1) < Unordered(2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print("__lt__" in Unordered.__dict__)
