# total_ordering: each root operation fills in the rest, NotImplemented passes through, missing-root error
from functools import total_ordering

def table(cls):
    a, b, c = cls(1), cls(2), cls(1)
    return [a < b, a > b, a <= b, a >= b, b < a, b > a, a <= c, a >= c, a < c, a > c]

@total_ordering
class Lt:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v

@total_ordering
class Le:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __le__(self, o): return self.v <= o.v

@total_ordering
class Gt:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v

@total_ordering
class Ge:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v

for cls in (Lt, Le, Gt, Ge):
    print(cls.__name__, table(cls))
print(Lt.__gt__.__name__, Lt.__le__.__name__, Ge.__lt__.__name__)
print(sorted([Gt(3), Gt(1), Gt(2)], key=lambda x: x).__len__(), [x.v for x in sorted([Ge(3), Ge(1), Ge(2)])])

@total_ordering
class Both:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return "gt"
    def __lt__(self, o): return self.v < o.v
print(Both(1) > Both(2), Both(1) >= Both(1), Both(3) <= Both(2))

@total_ordering
class Picky:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        return self.v == o.v if isinstance(o, Picky) else NotImplemented
    def __lt__(self, o):
        return self.v < o.v if isinstance(o, Picky) else NotImplemented
print(Picky.__ge__(Picky(1), 5), Picky.__le__(Picky(1), "x"))
for op in (lambda: Picky(1) >= 5, lambda: Picky(1) > "s", lambda: 3 <= Picky(1)):
    try:
        op()
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    @total_ordering
    class Nothing:
        def __eq__(self, o): return True
except ValueError as e:
    print(type(e).__name__ + ":", e)

class Base:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
@total_ordering
class Derived(Base):
    pass
print(Derived(1) >= Derived(1), Derived(2) > Derived(1), "__lt__" in Derived.__dict__, "__gt__" in Derived.__dict__)
