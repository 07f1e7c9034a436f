# __eq__ without __hash__ makes instances unhashable; __hash__ consistent with __eq__ in sets/dicts
class Money:
    def __init__(self, amount, cur):
        self.amount, self.cur = amount, cur
    def __eq__(self, other):
        if not isinstance(other, Money): return NotImplemented
        return (self.amount, self.cur) == (other.amount, other.cur)
print(Money(1, "EUR") == Money(1, "EUR"), Money(1, "EUR") != Money(2, "EUR"))
print(Money.__hash__ is None, Money(1, "EUR") == 1)
try:
    {Money(1, "EUR")}
except TypeError as e:
    print("TypeError:", e)
class Key(Money):
    def __hash__(self):
        return hash((self.amount, self.cur))
s = {Key(1, "EUR"), Key(1, "EUR"), Key(2, "USD")}
print(len(s), Key(2, "USD") in s)
d = {Key(5, "GBP"): "five"}
print(d[Key(5, "GBP")])
class Plain: pass
a = Plain()
print(a == a, a != Plain(), hash(a) == hash(a))
