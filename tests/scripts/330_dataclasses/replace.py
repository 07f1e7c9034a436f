# replace(): new instances through __init__/__post_init__, frozen objects, and its errors.
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Config:
    host: str
    port: int = 80
    debug: bool = False


base = Config("localhost")
dev = replace(base, debug=True)
prod = replace(base, host="example.org", port=443)
print(base, dev, prod, base is replace(base), base == replace(base))

try:
    replace(base, colour="red")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    replace(base, "x")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    replace()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    replace(Config)
except TypeError as e:
    print(type(e).__name__ + ":", e)


@dataclass
class Counter:
    start: int
    created: int = field(init=False, default=0)
    history: list = field(default_factory=list)

    def __post_init__(self):
        self.created += 1
        print("post_init", self.start)


c = Counter(1)
c.history.append("a")
c2 = replace(c, start=2)
print(c2, c2.history is c.history)
try:
    replace(c, created=5)
except ValueError as e:
    print(type(e).__name__ + ":", e)


@dataclass
class Obj:
    obj: int


print(replace(Obj(1), obj=2))
