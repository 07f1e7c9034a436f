# field() options: init, repr, compare, hash, default_factory and metadata.
from dataclasses import dataclass, field, fields, MISSING


def counter():
    counter.n += 1
    return counter.n


counter.n = 0


@dataclass
class Record:
    name: str
    serial: int = field(default_factory=counter)
    secret: str = field(default="hidden", repr=False)
    note: str = field(default="", compare=False)
    cache: dict = field(default_factory=dict, init=False, repr=False)
    level: int = field(default=1, init=False)
    unit: str = field(default="kg", metadata={"doc": "unit of weight", "si": True})


a = Record("a")
b = Record("b")
c = Record("c", 100, "s3cret", "hello")
print(a, b, c)
print(a.secret, c.secret, a.cache, a.level, Record.level)
print(Record("x", 1, note="n1") == Record("x", 1, note="n2"))
print(Record("x", 1, "p") == Record("x", 1, "q"))
a.cache["k"] = 1
print(b.cache, a.cache)
print("serial" in Record.__dict__, "secret" in Record.__dict__, Record.secret)
print("cache" in Record.__dict__)

for f in fields(Record):
    print(f.name, f.type.__name__, f.init, f.repr, f.compare, f.hash, f.kw_only,
          f.default is MISSING, f.default_factory is MISSING)

meta = fields(Record)[-1].metadata
print(meta["doc"], len(meta), sorted(meta), meta.get("si"), meta.get("nope", 0), "doc" in meta)
try:
    meta["x"] = 1
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(fields(Record)[0].metadata == {}, len(fields(Record)[0].metadata))


@dataclass
class Doc:
    a: int
    b: list = field(default_factory=list)
    c: str = "x"


print(Doc.__doc__)
print(Record.__doc__)
