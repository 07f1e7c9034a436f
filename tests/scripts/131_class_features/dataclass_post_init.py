# dataclass __post_init__, field(init=False), InitVar, inheritance adds fields, repr=False
from dataclasses import dataclass, field, InitVar, fields
@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list, repr=False)
    id: int = field(init=False)
    seed: InitVar[int] = 7
    def __post_init__(self, seed):
        self.id = seed * 100 + len(self.owner)
@dataclass
class Savings(Account):
    rate: float = 0.01
a = Account("ann", 10)
s = Savings("bob", 5.0, seed=3, rate=0.05)
print(a)
print(s)
print([f.name for f in fields(Savings)])
print(a == Account("ann", 10.0), s.id)
try:
    Account()
except TypeError as e:
    print("TypeError:", e)
