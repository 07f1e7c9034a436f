# fields(), is_dataclass(), MISSING/KW_ONLY sentinels, __dataclass_fields__ and __dataclass_params__.
import dataclasses
from dataclasses import dataclass, field, fields, is_dataclass, MISSING, Field


@dataclass(order=True, frozen=True, unsafe_hash=False, match_args=False)
class Item:
    name: str
    price: float = 1.0
    tags: tuple = field(default=(), repr=False, metadata={"x": 1})


print([f.name for f in fields(Item)], [f.name for f in fields(Item("a"))])
print(fields(Item) == fields(Item("z")), isinstance(fields(Item)[0], Field), type(fields(Item)).__name__)
f = fields(Item)[1]
print(f.name, f.type, f.default, f.default_factory is MISSING, f.init, f.repr, f.hash, f.compare, f.kw_only)
print(Item.__dataclass_params__)
p = Item.__dataclass_params__
print(p.init, p.repr, p.eq, p.order, p.unsafe_hash, p.frozen)
print("__match_args__" in Item.__dict__)
print(is_dataclass(Item), is_dataclass(Item("a")), is_dataclass(3), is_dataclass(int), is_dataclass(dataclass))


class Sub(Item):
    pass


print(is_dataclass(Sub), [f.name for f in fields(Sub)], Sub.__dataclass_fields__ is Item.__dataclass_fields__)
print(type(MISSING).__name__, type(dataclasses.KW_ONLY).__name__, MISSING is dataclasses.MISSING)
print(type(Item.__dataclass_fields__).__name__, list(Item.__dataclass_fields__))
print(dataclasses.FrozenInstanceError.__mro__[1].__name__)
print(sorted(n for n in dataclasses.__all__))
print(Item.__doc__, Item.tags, Item.price)
