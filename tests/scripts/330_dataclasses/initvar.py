# InitVar pseudo-fields and __post_init__: arguments passed through, defaults, replace() and the InitVar repr.
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, replace


@dataclass
class Account:
    owner: str
    balance: int = field(init=False)
    opening: InitVar[int] = 0
    bonus: InitVar[int] = 0

    def __post_init__(self, opening, bonus):
        self.balance = opening + bonus


acct = Account("ann", 100, 5)
print(acct, acct.balance, [f.name for f in fields(acct)])
print(Account("bob"), "opening" in Account.__dataclass_fields__)
print(Account.__dataclass_fields__["opening"]._field_type, Account.__dataclass_fields__["owner"]._field_type)
print(Account.opening, Account.__doc__)
print(InitVar[int], InitVar[str], repr(InitVar[list[int]]), InitVar[int].type)
print(type(InitVar[int]) is InitVar)

try:
    replace(acct, balance=3)
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(replace(acct, owner="cy"))


@dataclass
class Secret:
    name: str
    password: InitVar[str]
    hashed: str = field(init=False, repr=False)

    def __post_init__(self, password):
        self.hashed = password[::-1]


s = Secret("root", "hunter2")
print(s, s.hashed)
try:
    replace(s, name="admin")
except ValueError as e:
    print(type(e).__name__ + ":", e)
print(replace(s, password="abc").hashed)
try:
    s.password
except AttributeError as e:
    print(type(e).__name__ + ":", e)


@dataclass
class Scaled:
    value: float
    factor: "InitVar[float]" = 1.0
    other: "dataclasses.InitVar[int]" = 0

    def __post_init__(self, factor, other):
        self.value = self.value * factor + other


print(Scaled(2.0, 3.0), Scaled(2.0), Scaled(1.0, other=5), [f.name for f in fields(Scaled)])


@dataclass
class NoPost:
    a: int
    extra: InitVar[int] = 9


print(NoPost(1, 2))
