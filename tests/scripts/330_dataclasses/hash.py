# __hash__ rules: eq/frozen/unsafe_hash combinations, explicit __hash__, and field(hash=...).
from dataclasses import dataclass, field


def hashable(obj):
    try:
        hash(obj)
    except TypeError as e:
        return f"no ({e})"
    return "yes"


@dataclass
class EqOnly:
    x: int


@dataclass(eq=False)
class NoEq:
    x: int


@dataclass(frozen=True)
class Frozen:
    x: int


@dataclass(unsafe_hash=True)
class Unsafe:
    x: int
    y: int = field(default=0, hash=False)
    z: int = field(default=0, compare=False)
    w: int = field(default=0, compare=False, hash=True)


@dataclass
class Explicit:
    x: int

    def __hash__(self):
        return 42


@dataclass(eq=False, frozen=True)
class FrozenNoEq:
    x: int


for cls in (EqOnly, NoEq, Frozen, Unsafe, Explicit, FrozenNoEq):
    print(cls.__name__, hashable(cls(1)), "__hash__" in cls.__dict__, cls.__hash__ is None)

print(hash(Frozen(7)) == hash((7,)))
print(hash(Unsafe(1, 2, 3, 4)) == hash((1, 4)), hash(Unsafe(1, 5, 6, 4)) == hash(Unsafe(1, 2, 3, 4)))
print(hash(Explicit(1)), Explicit(1) == Explicit(1))
a, b = NoEq(1), NoEq(1)
print(a == b, a == a, a != b, len({a, b}))
print(NoEq(1))
s = {Unsafe(1), Unsafe(1), Unsafe(2)}
print(len(s))


@dataclass(frozen=True)
class Node:
    name: str
    children: tuple = ()


tree = Node("root", (Node("a"), Node("b", (Node("c"),))))
seen = {tree: "tree", Node("a"): "leaf"}
print(seen[Node("root", (Node("a"), Node("b", (Node("c"),))))], seen[tree.children[0]])
