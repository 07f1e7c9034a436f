# dataclass-free records: hand-written value classes, ordering, tuple subclass, copy/replace
class Rec:
    __match_args__ = ("name", "qty")
    def __init__(self, name, qty=0):
        self.name, self.qty = name, qty
    def __repr__(self):
        return f"{type(self).__name__}(name={self.name!r}, qty={self.qty!r})"
    def __eq__(self, o):
        if type(o) is not type(self):
            return NotImplemented
        return (self.name, self.qty) == (o.name, o.qty)
    def __hash__(self):
        return hash((self.name, self.qty))
    def __lt__(self, o):
        return (self.name, self.qty) < (o.name, o.qty)
    def replace(self, **kw):
        d = dict(vars(self)); d.update(kw)
        return type(self)(**d)
rs = [Rec("b", 2), Rec("a", 5), Rec("b", 1), Rec("a", 5)]
print(sorted(rs))
print(len(set(rs)), rs[1] == rs[3], rs[0] == "b")
print(rs[0].replace(qty=9), vars(rs[2]))

class Pair(tuple):
    __slots__ = ()
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def a(self): return self[0]
    @property
    def b(self): return self[1]
    def __repr__(self): return f"Pair({self.a}, {self.b})"
p = Pair(1, 2)
print(p, p.a, p.b, p == (1, 2), len(p), p + (3,), isinstance(p, tuple))
x, y = p
print(x, y, hash(p) == hash((1, 2)), sorted([Pair(2, 1), Pair(1, 9)]))
try:
    p.a = 5
except AttributeError as e:
    print(type(e).__name__ + ":", e)
inventory = {}
for r in [Rec("nut", 3), Rec("bolt", 2), Rec("nut", 4)]:
    inventory[r.name] = inventory.get(r.name, 0) + r.qty
print(inventory, max(inventory, key=inventory.get))
