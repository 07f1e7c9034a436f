# dataclasses: unsafe_hash, hash=None/False/True per field, __hash__ set to None by eq, explicit __hash__ clash.
from dataclasses import dataclass, field
@dataclass(unsafe_hash=True)
class K:
    a: int
    b: list = field(default_factory=list, hash=False)
    c: str = field(default="x", compare=False)
    d: int = field(default=0, compare=False, hash=True)
k = K(1)
print(hash(k) == hash((1, 0)), k in {K(1, [9])})
@dataclass
class Unh:
    a: int
print(Unh.__hash__)
try:
    hash(Unh(1))
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    @dataclass(unsafe_hash=True)
    class Clash:
        a: int
        def __hash__(self):
            return 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
@dataclass(eq=False)
class Keep:
    a: int
print(Keep.__hash__ is object.__hash__)
@dataclass(frozen=True, eq=False)
class FE:
    a: int
print(FE.__hash__ is object.__hash__)
@dataclass
class Explicit:
    a: int
    def __hash__(self):
        return 42
print(hash(Explicit(5)))
@dataclass(frozen=True)
class Fz:
    a: int
    b: tuple = ()
print(hash(Fz(1, (2,))) == hash((1, (2,))), len({Fz(1), Fz(1), Fz(2)}))
