# classes derived from float: arithmetic, comparisons, hashing, formatting, __new__ with extra state, methods and properties
class Celsius(float):
    def __repr__(self):
        return f"Celsius({float(self)!r})"
    def to_f(self):
        return self * 9 / 5 + 32
    @property
    def kelvin(self):
        return self + 273.15
t = Celsius(21.5)
print(t, repr(t), str(t), t.to_f(), t.kelvin, isinstance(t, float), type(t).__name__)
print(t + 1, type(t + 1).__name__, 1 + t, t * 2, -t, +t, abs(Celsius(-3.0)), t > 20, t == 21.5, 21.5 == t)
print(hash(t) == hash(21.5), {t: "x"}[21.5], int(t), round(t), round(t, 0), float(t), type(float(t)).__name__)
print(f"{t:.3f}", format(t), "%.1f" % t, t.is_integer(), t.hex(), t.as_integer_ratio(), t.real, t.conjugate())
print(sorted([Celsius(3.0), 1.0, Celsius(2.0)]), max(Celsius(1), Celsius(5)), sum([Celsius(1.5), Celsius(2.5)]))
import math
print(math.sqrt(Celsius(16.0)), math.floor(t), math.ceil(t), divmod(t, 4), t // 4, t % 4, t ** 2, pow(t, 2))
t.note = "warm"; print(t.note, vars(t))
class Money(float):
    def __new__(cls, amount, currency="EUR"):
        obj = super().__new__(cls, amount)
        obj.currency = currency
        return obj
    def __str__(self):
        return f"{float(self):.2f} {self.currency}"
    def __add__(self, other):
        return Money(float(self) + float(other), self.currency)
m = Money(3.5, "USD") + Money(1.25)
print(m, repr(m), type(m).__name__, m.currency, bool(Money(0)), bool(m))
print(Money("2.5"), float.__new__(Celsius, 1.0), type(float.__new__(Celsius, "3")).__name__)
class Prob(float):
    def __init__(self, v):
        if not 0 <= v <= 1:
            raise ValueError(f"probability out of range: {v}")
print(Prob(0.25) * 2)
Prob(1.5)
