# dataclasses: fields() on class/instance, Field attributes and repr parts, is_dataclass on class vs instance, errors.
from dataclasses import dataclass, field, fields, is_dataclass, Field, MISSING
from typing import ClassVar
@dataclass
class P:
    x: int
    y: str = field(default="s", metadata={"unit": "m"}, repr=False)
    z: ClassVar[int] = 3
fs = fields(P)
print([f.name for f in fs], [f.type for f in fs], fields(P(1)) == fs)
y = fs[1]
print(y.default, y.repr, y.init, y.compare, y.hash, y.kw_only, dict(y.metadata), y.metadata["unit"])
try:
    y.metadata["unit"] = "km"
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(type(y.metadata).__name__, isinstance(y, Field))
print(is_dataclass(P), is_dataclass(P(1)), is_dataclass(5), is_dataclass(int), is_dataclass(type))
for bad in (5, int, "x"):
    try:
        fields(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
print(type(MISSING).__name__, field().default is MISSING, field().default_factory is MISSING)
print(P.__dataclass_params__.order, P.__dataclass_params__.eq, P.__dataclass_params__.frozen)
class NotDC(P):
    pass
print(is_dataclass(NotDC), [f.name for f in fields(NotDC)])
print(P(1))
