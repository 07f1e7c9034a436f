# dataclasses: __post_init__ ordering with InitVar args, init=False fields computed after init.
from dataclasses import dataclass, field, fields, InitVar
@dataclass
class Rect:
    w: float
    h: float
    scale: InitVar[float] = 1.0
    area: float = field(init=False)
    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h
print(Rect(2, 3), Rect(2, 3, 2))
print([f.name for f in fields(Rect)])
print("scale" in Rect.__dataclass_fields__, Rect.scale)
try:
    Rect(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__ + ":", e)
@dataclass
class NoDefaultIV:
    x: int
    secret: InitVar[str]
    def __post_init__(self, secret):
        print("post_init got", secret)
n = NoDefaultIV(1, "pw")
print(n, hasattr(n, "secret"))
try:
    NoDefaultIV(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
# InitVar with no __post_init__ defined -> nothing happens to it
@dataclass
class Ignored:
    a: int
    b: InitVar[int] = 5
print(Ignored(1, 2))
iv = InitVar[int]
print(repr(iv), iv.type)
print(repr(InitVar[list]))
