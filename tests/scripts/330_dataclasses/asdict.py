# asdict()/astuple(): recursion into dataclasses, lists, tuples, namedtuples and dicts; factories; copied leaves.
from collections import namedtuple, OrderedDict
from dataclasses import dataclass, field, asdict, astuple

Pair = namedtuple("Pair", "left right")


@dataclass
class Inner:
    n: int
    tags: set = field(default_factory=set)


@dataclass
class Outer:
    name: str
    inner: Inner
    many: list
    pair: Pair
    table: dict
    nested: tuple = ()


class Blob:
    def __init__(self, v):
        self.v = v


o = Outer("o", Inner(1, {"x"}), [Inner(2), Inner(3)], Pair(Inner(4), 5), {"k": Inner(6), Inner(7).n: [Inner(8)]},
          (Inner(9), (Inner(10),)))
d = asdict(o)
print(d)
print(astuple(o))
print(type(d["pair"]).__name__, d["pair"].left, type(astuple(o)[3]).__name__)
print(d["inner"]["tags"] == o.inner.tags, d["inner"]["tags"] is o.inner.tags)


@dataclass
class Box:
    blob: Blob
    items: list


b = Box(Blob([1, 2]), [[1], [2]])
bd = asdict(b)
print(bd["blob"] is b.blob, bd["blob"].v, bd["blob"].v is b.blob.v, bd["items"] == b.items, bd["items"] is b.items)
bt = astuple(b)
print(bt[0] is b.blob, bt[1][0] is b.items[0])

print(asdict(Inner(1), dict_factory=OrderedDict))
print(asdict(Inner(1), dict_factory=lambda pairs: [k for k, v in pairs]))
print(astuple(Inner(1, {"a"}), tuple_factory=list))
print(asdict(o, dict_factory=lambda pairs: {k.upper(): v for k, v in pairs})["INNER"])


class MyList(list):
    pass


@dataclass
class Sub:
    vals: MyList


r = asdict(Sub(MyList([Inner(1)])))
print(type(r["vals"]).__name__, r)


@dataclass
class Tree:
    value: int
    kids: list = field(default_factory=list)


t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(asdict(t))
print(astuple(t))
