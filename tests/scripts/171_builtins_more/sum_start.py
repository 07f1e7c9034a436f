# sum() with start= for floats, lists, tuples, Fractions and custom classes; strings are rejected
from fractions import Fraction
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([], start=5), sum(range(101)), sum([True, True, False]))
print(sum([[1], [2, 3], []], []), sum([(1,), (2,)], ()), sum([Fraction(1, 3)] * 3), sum([Fraction(1, 2), 0.5]))
class Money:
    def __init__(self, cents): self.cents = cents
    def __add__(self, other): return Money(self.cents + (other.cents if isinstance(other, Money) else other))
    __radd__ = __add__
    def __repr__(self): return f"${self.cents / 100:.2f}"
print(sum([Money(150), Money(275), Money(5)]), sum([Money(1)], Money(99)))
print(sum(x * x for x in range(1, 4)), sum({1: "a", 2: "b"}), sum([1.5, 2], start=0.5), sum([10**20, 1, -10**20]))
for bad in [lambda: sum(["a", "b"], ""), lambda: sum([1, "a"]), lambda: sum(5), lambda: sum([[1]])]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
