# dataclasses: KW_ONLY reorders __init__ params; kw-only fields after defaults; inheritance mixes; match_args.
from dataclasses import dataclass, field, KW_ONLY, fields
@dataclass
class A:
    x: int
    y: int = 1
    _: KW_ONLY
    z: int
    w: int = 4
print(A(0, z=3), A.__match_args__)
try:
    A(0, 1, 2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    A(0)
except TypeError as e:
    print(type(e).__name__ + ":", e)
@dataclass(kw_only=True)
class B:
    a: int = 0
    b: int
print(B(b=2), B.__match_args__, [f.kw_only for f in fields(B)])
@dataclass
class C(B):
    c: int
print(C(5, b=1), C.__match_args__)
@dataclass
class D:
    p: int = field(kw_only=True, default=7)
    q: int = 0
print(D(3), D(3, p=1), D.__match_args__)
try:
    @dataclass
    class Two:
        _: KW_ONLY
        a: int
        __: KW_ONLY
except TypeError as e:
    print(type(e).__name__ + ":", e)
@dataclass(match_args=False)
class NoMA:
    a: int
print(hasattr(NoMA, "__match_args__"))
match C(5, b=1):
    case C(c):
        print("matched c =", c)
