# dataclasses: inheritance with field ordering, default overriding, eq between subclasses, __post_init__ chain, field metadata
from dataclasses import dataclass, field, fields, asdict

@dataclass
class Base:
    id: int
    tags: list = field(default_factory=list, metadata={"doc": "labels"})
    def __post_init__(self):
        self.log = ["base"]

@dataclass
class Child(Base):
    name: str = "anon"
    id: int = 0
    def __post_init__(self):
        super().__post_init__()
        self.log.append("child")

c = Child(tags=["t"], name="n")
print(c, c.log)
print([f.name for f in fields(Child)], fields(Base)[1].metadata["doc"])
print(Base(1) == Child(1), Child(1) == Child(1), Base(1) == Base(1, []))

@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), Ident(1).__eq__(Ident(1)))

@dataclass
class Matrix:
    rows: list[list[int]]
    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]))
    def __iter__(self):
        return iter(self.rows)
m = Matrix([[1, 2], [3, 4], [5, 6]])
print(m.shape, [sum(r) for r in m], asdict(m))
match m:
    case Matrix(rows=[[a, _], *_]):
        print("first", a)

@dataclass(repr=False)
class Q:
    a: int
    def __repr__(self):
        return f"Q<{self.a}>"
print(Q(3), [Q(1)], Q.__dataclass_params__.repr if hasattr(Q, "__dataclass_params__") else None)
print(hash(Base) is not None, Child.__hash__ is None, Ident.__hash__ is object.__hash__)
