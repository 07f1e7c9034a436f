# dataclasses: asdict/astuple deep-copy nested lists/dicts/tuples of dataclasses; dict_factory; errors on non-dataclasses.
from dataclasses import dataclass, field, asdict, astuple
from collections import namedtuple
NT = namedtuple("NT", "a b")
@dataclass
class Leaf:
    v: int
    tags: list = field(default_factory=list)
@dataclass
class Tree:
    name: str
    kids: list
    index: dict
    pair: tuple
    nt: NT
t = Tree("root", [Leaf(1, ["x"]), [Leaf(2)]], {"k": Leaf(3), Leaf(4).v: (Leaf(5),)}, (Leaf(6), 7), NT(Leaf(8), [Leaf(9)]))
d = asdict(t)
print(d)
print(astuple(t))
d["kids"][0]["tags"].append("changed")
print(t.kids[0].tags)
print(asdict(Leaf(1, [2]), dict_factory=lambda items: [k for k, v in items]))
print(type(asdict(t)["nt"]).__name__)
for bad in (Leaf, 5, NT(1, 2)):
    for fn in (asdict, astuple):
        try:
            fn(bad)
        except TypeError as e:
            print(type(e).__name__ + ":", e)
print(astuple(Leaf(1, [Leaf(2)]), tuple_factory=list))
