# dataclass: kw_only fields, slots=True, field metadata, __match_args__ in match, eq=False identity
from dataclasses import dataclass, field, fields, KW_ONLY
@dataclass
class Request:
    url: str
    _: KW_ONLY
    method: str = "GET"
    headers: dict = field(default_factory=dict, metadata={"doc": "HTTP headers"})
r = Request("/a", method="POST")
print(r, fields(r)[2].metadata["doc"])
@dataclass(slots=True)
class Pixel:
    x: int
    y: int
p = Pixel(1, 2)
print(p, hasattr(p, "__dict__"), Pixel.__slots__)
def where(pt):
    match pt:
        case Pixel(0, 0): return "origin"
        case Pixel(x, 0): return f"on x axis at {x}"
        case Pixel(x=x, y=y) if x == y: return "diagonal"
        case _: return "elsewhere"
print([where(Pixel(*c)) for c in [(0, 0), (3, 0), (2, 2), (1, 5)]], Pixel.__match_args__)
@dataclass(eq=False)
class Node:
    name: str
print(Node("a") == Node("a"), len({Node("a"), Node("a")}))
try:
    Request("/b", "PUT")
except TypeError as e:
    print("TypeError:", e)
