# The class docstring built from the generated __init__ signature, and string annotations of markers.
import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY
from collections import namedtuple


class Local:
    pass


Pair = namedtuple("Pair", "a b")


@dataclass
class Many:
    a: int
    b: "str"
    c: list[int] = field(default_factory=list)
    d: Local = None
    e: Pair = Pair(1, 2)
    f: InitVar[int] = 3
    g: float = field(default=1.5, init=False)
    _: "KW_ONLY"
    h: "dataclasses.InitVar[str]" = "x"
    i: dict = field(default_factory=dict)
    j: object = 'it\'s'
    k: type = int


print(Many.__doc__)
print(Many.__match_args__, [f.name for f in dataclasses.fields(Many)])


@dataclass
class Documented:
    """My own docstring."""
    x: int


print(Documented.__doc__)


@dataclass(init=False)
class NoInit:
    x: int = 0


print(NoInit.__doc__, NoInit())


@dataclass
class Kw:
    x: int
    __: dataclasses.KW_ONLY
    y: int


print(Kw.__doc__, Kw(1, y=2))


@dataclass
class Unannotated:
    a: None = None
    b: 4 = 4


print(Unannotated.__doc__)
