# dataclasses: "non-default argument 'x' follows default argument" through inheritance, fixes via kw_only.
from dataclasses import dataclass, field, KW_ONLY
def attempt(build):
    try:
        cls = build()
        print("ok", cls.__name__)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
def one():
    @dataclass
    class X:
        a: int = 1
        b: int
    return X
attempt(one)
@dataclass
class Base:
    name: str = "n"
def two():
    @dataclass
    class Child(Base):
        age: int
    return Child
attempt(two)
def three():
    @dataclass
    class Child(Base):
        age: int = field(kw_only=True)
    return Child
attempt(three)
def four():
    @dataclass
    class Child(Base):
        name: str
        age: int
    return Child
attempt(four)
def five():
    @dataclass
    class Y:
        a: int = field(default=1, init=False)
        b: int
    return Y
attempt(five)
def six():
    @dataclass
    class Z:
        a: int = field(default_factory=list)
        b: int
    return Z
attempt(six)
