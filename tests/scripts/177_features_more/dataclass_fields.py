# dataclasses: default_factory, __post_init__, InitVar, field(repr/compare), replace, asdict, astuple
from dataclasses import dataclass, field, replace, asdict, astuple, fields, InitVar

@dataclass
class Item:
    name: str
    qty: int = 1
    tags: list = field(default_factory=list)
    secret: str = field(default="s", repr=False, compare=False)
    scale: InitVar[int] = 1
    total: int = field(init=False, default=0)

    def __post_init__(self, scale):
        self.total = self.qty * scale

a = Item("apple", 3, scale=10)
b = Item("apple", 3, secret="other", scale=10)
print(a)
print(a == b, a.total)
a.tags.append("red")
print(Item("pear").tags, a.tags)
c = replace(a, qty=5, scale=2)
print(c, c.total)
print(asdict(a))
print(astuple(b))
print([(f.name, f.init, f.repr) for f in fields(Item)])

@dataclass
class Box:
    items: list
    owner: Item

bx = Box([a, 1], b)
d = asdict(bx)
print(d["items"][0]["name"], d["owner"]["qty"], type(d["owner"]).__name__)
print(Item.__init__.__doc__ is None or True, Item.__match_args__)
