# dataclasses: field overriding in subclasses keeps position; defaults replaced; post_init chaining; mixins.
from dataclasses import dataclass, field, fields
@dataclass
class Base:
    x: int = 1
    y: list = field(default_factory=lambda: [0])
    def __post_init__(self):
        print("Base.post_init", self.x)
@dataclass
class Mid(Base):
    x: int = 10
    z: str = "z"
@dataclass
class Leaf(Mid):
    y: list = field(default_factory=lambda: ["leaf"])
    def __post_init__(self):
        super().__post_init__()
        print("Leaf.post_init", self.y)
print(Mid(), [f.name for f in fields(Mid)])
print(Leaf(), Leaf(5, [1], "q"))
print(fields(Leaf)[1].default_factory(), Leaf.x, Base.x)
class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {len(fields(self))} fields"
    extra = "not a field"
@dataclass
class WithMixin(Mixin, Base):
    w: int = 0
print(WithMixin(w=3).describe(), WithMixin.extra)
class Plain(Base):
    q: int = 5  # not processed: Plain is not decorated
print(Plain(), [f.name for f in fields(Plain)])
@dataclass
class Again(Plain):
    r: int = 0
print(Again(), [f.name for f in fields(Again)])
