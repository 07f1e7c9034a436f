# hash() of user classes: default identity hash, __eq__ without __hash__ makes instances unhashable (uncaught)
class Tag:
    def __init__(self, name): self.name = name
t1, t2 = Tag("a"), Tag("a")
print(t1 == t2, len({t1, t2}), hash(t1) == hash(t1), t1 in {t1: 1})
class Version:
    def __init__(self, major, minor): self.major, self.minor = major, minor
    def __eq__(self, other): return (self.major, self.minor) == (other.major, other.minor)
    def __hash__(self): return hash((self.major, self.minor))
print(len({Version(1, 2), Version(1, 2), Version(2, 0)}), Version(1, 2) in [Version(1, 2)], hash(Version(1, 0)) == hash((1, 0)))
class Money:
    def __init__(self, cents): self.cents = cents
    def __eq__(self, other): return self.cents == other.cents
print(Money(5) == Money(5), Money.__hash__ is None)
prices = {Money(100): "one dollar"}
print(prices)
