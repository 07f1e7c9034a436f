# dataclasses: replace() with init=False fields, InitVar required, unknown names and non-dataclass errors.
from dataclasses import dataclass, field, replace, InitVar
@dataclass
class P:
    x: int
    y: int = 0
    computed: int = field(init=False, default=0)
    def __post_init__(self):
        self.computed = self.x + self.y
p = P(1, 2)
print(replace(p), replace(p, y=10))
for kwargs in ({"computed": 5}, {"nope": 1}):
    try:
        replace(p, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    replace(P, x=1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    replace(5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
@dataclass
class Q:
    a: int
    factor: InitVar[int]
    def __post_init__(self, factor):
        self.a *= factor
q = Q(2, 3)
print(q)
try:
    replace(q, a=1)
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(replace(q, a=1, factor=5))
@dataclass
class R:
    a: int
    b: int = field(init=False, default=9)
r = R(1)
r.b = 50
print(replace(r, a=2))
