# Keyword-only fields: KW_ONLY marker, kw_only=True and field(kw_only=...), with match_args and inheritance.
from dataclasses import dataclass, field, fields, KW_ONLY


@dataclass
class Query:
    table: str
    _: KW_ONLY
    limit: int = 10
    where: str = ""


q = Query("users", limit=5)
print(q, Query.__match_args__, Query.__doc__)
try:
    Query("users", 5)
except TypeError as e:
    print(type(e).__name__ + ":", e)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    depth: int


print(Options(depth=3), Options(depth=1, verbose=True), Options.__match_args__)
try:
    Options(True, 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    Options()
except TypeError as e:
    print(type(e).__name__ + ":", e)


@dataclass
class Mixed:
    a: int = 0
    b: int = field(kw_only=True)
    c: int = 1


print(Mixed(5, 6, b=7), Mixed(b=0), Mixed.__match_args__, Mixed.__doc__)
print([(f.name, f.kw_only) for f in fields(Mixed)])


@dataclass
class Base:
    x: int
    _: KW_ONLY
    flag: bool = False


@dataclass
class Sub(Base):
    y: int


print(Sub(1, 2), Sub(1, 2, flag=True), Sub.__match_args__, Sub.__doc__)


@dataclass(kw_only=True)
class AllKw:
    p: int
    q: int = field(kw_only=False)


print(AllKw(1, p=2), AllKw.__match_args__)
print("_" in AllKw.__dataclass_fields__, "_" in Query.__dataclass_fields__)
