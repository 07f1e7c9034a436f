# dataclasses: slots=True layout, no __dict__, attribute errors, defaults, inheritance and __slots__ contents.
from dataclasses import dataclass, field
@dataclass(slots=True)
class S:
    x: int
    y: int = 5
    z: list = field(default_factory=list)
s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"))
try:
    s.w = 3
except AttributeError as e:
    print(type(e).__name__ + ":", e)
@dataclass(slots=True)
class T(S):
    t: str = "t"
print(T(1, 2, [3], "q"), T.__slots__)
try:
    @dataclass(slots=True)
    class Has:
        __slots__ = ("a",)
        a: int
except TypeError as e:
    print(type(e).__name__ + ":", e)
@dataclass(slots=True, frozen=True)
class FS:
    a: int
    b: int = 2
f = FS(1)
print(f, hash(f) == hash((1, 2)))
try:
    f.a = 3
except AttributeError as e:
    print(type(e).__name__ + ":", e)
