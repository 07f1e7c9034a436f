# subclassing namedtuples: extra methods, properties, overriding __repr__, class-level defaults via __new__
from collections import namedtuple

class Money(namedtuple("Money", "amount currency")):
    __slots__ = ()
    def __new__(cls, amount, currency="EUR"):
        return super().__new__(cls, round(amount, 2), currency)
    @property
    def cents(self):
        return int(self.amount * 100)
    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return Money(self.amount + other.amount, self.currency)
    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"

m = Money(3.14159)
print(m, repr(m), m.cents, m + Money(1), m._replace(currency="USD"))
print(type(m._replace(amount=1)).__name__, Money._make([2, "GBP"]))
try:
    m + Money(1, "USD")
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    m.extra = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)

class Pt(namedtuple("Pt", "x y")):
    def __repr__(self):
        return f"<{self.x},{self.y}>"
p = Pt(1, 2)
p.label = "has dict"
print(p, p.label, p._asdict(), Pt.__mro__[1].__name__)
Base = namedtuple("Base", "a")
class Extended(Base):
    _fields = Base._fields + ("b",)
print(Extended(1), Extended._fields)
