# dataclasses: frozen, order, unsafe_hash, slots=True and kw_only
from dataclasses import dataclass, field, FrozenInstanceError, KW_ONLY
import dataclasses

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)

vs = [Version(1, 2), Version(0, 9, "beta"), Version(1, 0), Version(1, 2, "rc")]
print(sorted(vs))
print(Version(1, 2) == Version(1, 2, "x"), hash(Version(1, 2)) == hash(Version(1, 2, "y")))
print(max(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9))
try:
    vs[0].major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)

@dataclass(slots=True)
class P:
    x: int
    y: int = 0

p = P(1)
print(p, P.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError")

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3

print(Opts(level=3), Mixed(1, c=9))
print(dataclasses.is_dataclass(Mixed), dataclasses.is_dataclass(Mixed(0)), dataclasses.is_dataclass(int))
Mixed(1, 2)
