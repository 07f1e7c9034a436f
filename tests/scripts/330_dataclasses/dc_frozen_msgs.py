# dataclasses: frozen error messages for set/del, object.__setattr__ escape hatch, frozen in __post_init__.
from dataclasses import dataclass, field, FrozenInstanceError, replace
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
    cache: dict = field(default_factory=dict, compare=False, repr=False)
    def __post_init__(self):
        object.__setattr__(self, "y", self.y or self.x * 2)
p = P(3)
print(p, hash(p) == hash((3, 6)))
for action in ("set", "del", "setnew", "delnew"):
    try:
        if action == "set": p.x = 1
        elif action == "del": del p.y
        elif action == "setnew": p.z = 9
        else: del p.zz
    except FrozenInstanceError as e:
        print(type(e).__name__ + ":", e, isinstance(e, AttributeError))
p.cache["k"] = 1
print(p.cache, p == P(3, 6))
print(replace(p, x=10))
print(issubclass(FrozenInstanceError, AttributeError))
try:
    @dataclass
    class Child(P):
        z: int = 0
except TypeError as e:
    print(type(e).__name__ + ":", e)
@dataclass
class Plain:
    a: int
try:
    @dataclass(frozen=True)
    class Frozen2(Plain):
        b: int = 0
except TypeError as e:
    print(type(e).__name__ + ":", e)
