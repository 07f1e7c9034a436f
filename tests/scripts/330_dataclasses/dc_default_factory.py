# dataclasses: default_factory runs per instance, mutable default errors, factory vs explicit args.
from dataclasses import dataclass, field, fields, MISSING
calls = []
def make_tags():
    calls.append(1)
    return ["new"]
@dataclass
class Item:
    name: str
    tags: list = field(default_factory=make_tags)
    extra: dict = field(default_factory=dict)
a = Item("a")
b = Item("b")
a.tags.append("x")
print(a, b, len(calls))
c = Item("c", ["given"])
print(c, len(calls))
print(a.tags is b.tags, a.extra is b.extra)
f = fields(Item)[1]
print(f.default is MISSING, f.default_factory is make_tags)
for default in ([], {}, set()):
    try:
        @dataclass
        class Bad:
            x: object = default
    except ValueError as e:
        print(type(e).__name__ + ":", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(type(e).__name__ + ":", e)
# a factory field with init=False still gets a value
@dataclass
class Counter:
    n: int = 0
    log: list = field(default_factory=list, init=False)
k = Counter(3)
k.log.append(k.n)
print(k, Counter())
# frozenset/tuple defaults are fine (hashable)
@dataclass
class Ok:
    a: tuple = (1, 2)
    b: frozenset = frozenset()
print(Ok(), Ok.a)
