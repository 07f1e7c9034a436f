# Inheritance: field order, overriding defaults and types, base __post_init__, methods kept from bases.
from dataclasses import dataclass, field, fields


@dataclass
class Base:
    x: int
    y: int = 1
    tags: list = field(default_factory=list)

    def total(self):
        return self.x + self.y


@dataclass
class Child(Base):
    z: int = 5
    y: int = 10


c = Child(1)
print(c, c.total(), [f.name for f in fields(c)])
print(Child.__match_args__, Child.__doc__)
print(Child(1, 2, [3], 4))
print(Base(1) == Child(1), c == Child(1, 10))


@dataclass
class Override(Base):
    x: str = "default"


print(Override(), [(f.name, f.type.__name__) for f in fields(Override)])


class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {len(fields(self))} fields"


@dataclass
class Mixed(Mixin, Base):
    extra: str = ""


print(Mixed(3).describe(), Mixed(3))


@dataclass
class WithPost:
    a: int

    def __post_init__(self):
        print("WithPost.__post_init__ for", type(self).__name__)
        self.double = self.a * 2


@dataclass
class Derived(WithPost):
    b: int = 0


d = Derived(4)
print(d, d.double)

try:
    @dataclass
    class Broken(Base):
        w: int
except TypeError as e:
    print(type(e).__name__ + ":", e)


class NotADataclass(Base):
    def __init__(self):
        super().__init__(100)


n = NotADataclass()
print(n, fields(n)[0].name)


@dataclass
class GrandChild(Child):
    x: int = 0


print(GrandChild(), GrandChild.__doc__)
